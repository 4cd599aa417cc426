import { csvDecimal, formatCsvRow, penceToPoundsText, type CsvCell } from "../csv";
import { isSuppressed, listTableRows, SUPPRESSED_TEXT, type ExportCell, type ExportColumn, type ExportTable } from "./export-table";
import { readFileDate } from "./file-values";

/**
 * One cell as CSV (the conventions are in file-values.ts): money in pounds with two decimals, exactly,
 * and every number a number, negative included; dates ISO; only text is neutralised; suppressed as "c".
 */
export function toCsvCell(column: ExportColumn, cell: ExportCell | undefined): CsvCell {
  if (cell === undefined || cell === null) return null;
  if (isSuppressed(cell)) return SUPPRESSED_TEXT;
  if (typeof cell === "number") return column.kind === "pence" ? csvDecimal(penceToPoundsText(cell)) : cell;
  return readFileDate(column.kind, cell) ?? cell;
}

export function formatColumnHeader(column: ExportColumn): string {
  return column.kind === "pence" ? `${column.label} (GBP)` : column.kind === "percent" ? `${column.label} (%)` : column.label;
}

/** One dashboard table as RFC 4180 CSV with CRLF line ends, the totals row last. */
export function exportTableCsv(table: ExportTable): string {
  const header = formatCsvRow(table.columns.map(formatColumnHeader));
  const body = listTableRows(table).map((row) => formatCsvRow(table.columns.map((c) => toCsvCell(c, row[c.key]))));
  return header + body.join("");
}
