const POUNDS = /^([+-]?)£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Pounds written as text ("1,234.50", "£12", "-0.5") to integer pence, exactly: the digits are read
 * as text, never through a float. Returns null for anything else, including three decimal places.
 */
export function parsePoundsToPence(text: string): number | null {
  const match = POUNDS.exec(text.trim());
  if (!match) return null;
  const [, sign = "", whole = "0", fraction = ""] = match;
  const pence = Number(whole.replaceAll(",", "")) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(pence)) return null;
  return sign === "-" ? -pence : pence;
}
