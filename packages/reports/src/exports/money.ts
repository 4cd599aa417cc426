import { penceToPoundsText } from "../csv";

/**
 * Pence as a number of pounds, for the one place a file wants a number (an XLSX cell). The
 * division happens here and nowhere else, and the result is checked to print as the exact decimal,
 * so the file holds 1234.56 and never 1234.5600000001.
 */
export function penceToPoundsNumber(pence: number): number {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`${pence} is not a whole number of pence`);
  const pounds = pence / 100;
  if (String(pounds) !== trimPoundsText(penceToPoundsText(pence))) throw new RangeError(`${pence} pence has no exact decimal number`);
  return pounds;
}

/** "1234.50" → "1234.5", "12.00" → "12", "-0.10" → "-0.1": how a number prints. */
export function trimPoundsText(text: string): string {
  return text.replace(/\.?0+$/, "").replace(/^-0$/, "0") || "0";
}
