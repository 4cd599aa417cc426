export type CsvCell = string | number | null;

// A spreadsheet runs a cell starting with these as a formula; a leading apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises text that a spreadsheet would run as a formula; numbers are left as numbers. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(formatCsvCell).join(",")}\r\n`;
}

/** RFC 4180 CSV with CRLF line ends, as spreadsheet programs expect. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return formatCsvRow(header) + rows.map(formatCsvRow).join("");
}

/** Pence as pounds with two decimals for CSV ("1234.50"), exact: no float division. */
export function penceToPoundsText(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
