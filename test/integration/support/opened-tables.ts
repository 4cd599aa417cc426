import { isSuppressed, neutraliseFormula, readFileDate, type ExportCell, type ExportColumn } from "@pb/reports";
import type { OpenedCell } from "./libreoffice";

/** A cell reduced to what a spreadsheet user gets: its type and its value in the product's units. */
export type CellAsRead = { type: OpenedCell["type"]; value: string };

/**
 * What LibreOffice must give back for a table's cell: money, counts and figures as numbers (negative
 * included), percentages in an XLSX as fractions with a % type (12.5 in a CSV, under "(%)"), dates as
 * dates, text as text (neutralised where a spreadsheet would run it), empty as empty, suppressed as "c".
 */
export function expectedAsRead(column: ExportColumn, cell: ExportCell | undefined, file: "xlsx" | "csv"): CellAsRead {
  if (cell === null || cell === undefined) return { type: "empty", value: "" };
  if (isSuppressed(cell)) return { type: "string", value: "c" };
  if (typeof cell === "number") return { type: column.kind === "percent" && file === "xlsx" ? "percentage" : "float", value: String(cell) };
  const date = readFileDate(column.kind, cell);
  return date ? { type: "date", value: date } : { type: "string", value: neutraliseFormula(cell) };
}

/** A cell LibreOffice opened, in the same terms: pounds back to pence, a fraction back to its percentage. */
export function openedAsRead(column: ExportColumn, opened: OpenedCell | undefined, file: "xlsx" | "csv"): CellAsRead {
  if (!opened || opened.type === "empty") return { type: "empty", value: "" };
  if (opened.type === "string") return { type: "string", value: opened.text };
  if (opened.type === "date") return { type: "date", value: opened.value.slice(0, 10) };
  const n = Number(opened.value);
  if (column.kind === "pence") return { type: opened.type, value: String(Math.round(n * 100)) };
  if (column.kind === "percent" && file === "xlsx") return { type: opened.type, value: String(Number((n * 100).toFixed(9))) };
  return { type: opened.type, value: String(n) };
}

/** Text that a spreadsheet user would take for a number or a date: what must never be stored as text. */
export function looksLikeNumberOrDate(cell: string): boolean {
  // A leading apostrophe is how a CSV keeps text from running as a formula: a number behind one is still a number held as text.
  const text = cell.replace(/^'/, "");
  return /^[-+]?£?\d[\d,]*(\.\d+)?%?$/.test(text) || /^\d{4}-\d{2}(-\d{2})?$/.test(text) || /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text);
}
