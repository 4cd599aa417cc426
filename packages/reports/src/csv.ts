/**
 * A number written as its exact decimal text ("-21263.87", pounds to the penny): a number, so
 * it is never neutralised or quoted, and no float division ever touches it.
 */
export type CsvDecimal = { decimal: string };
export type CsvCell = string | number | CsvDecimal | null;

// A spreadsheet runs a cell starting with these as a formula; a leading apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;
// What a CSV number may look like: nothing a spreadsheet could run, only digits, a sign and a point.
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Neutralises text that a spreadsheet would run as a formula ("-1" as text too); numbers are written as numbers, not through here. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Pounds to the penny as a CSV number: "-21263.87" stays a number a spreadsheet adds up. */
export function csvDecimal(text: string): CsvDecimal {
  if (!DECIMAL.test(text)) throw new RangeError(`"${text}" is not a decimal number`);
  return { decimal: text };
}

export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new RangeError(`${cell} is not a number a CSV can hold`);
    return String(cell);
  }
  if (typeof cell === "object") return csvDecimal(cell.decimal).decimal;
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
