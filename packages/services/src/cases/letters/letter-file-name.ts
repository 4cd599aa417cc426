/** A letter's file name from a kind, the child's reference (letters and digits only) and the letter's date: never a name. */
export function letterFileName(kind: string, reference: string, dateIso: string): string {
  return `${kind}-${reference.replace(/[^A-Za-z0-9-]/g, "")}-${dateIso}.pdf`;
}
