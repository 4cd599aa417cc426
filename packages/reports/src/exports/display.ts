import { formatIsoDateEnGb, formatMonthEnGb, formatPence } from "@pb/calendar";
import { isSuppressed, SUPPRESSED_TEXT, type ColumnKind, type ExportCell, type ExportColumn } from "./export-table";
import { readFileDate } from "./file-values";

/** 1234567 → "1,234,567": whole numbers only, no locale needed. */
export function formatWholeNumber(n: number): string {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** A date column's ISO date as "1 April 2025", a month column's as "April 2025"; any other text as it is ("Total"). */
export function formatTextCell(kind: ColumnKind, text: string): string {
  const date = readFileDate(kind, text);
  if (date === null) return text;
  return kind === "month" ? formatMonthEnGb(date.slice(0, 7)) : formatIsoDateEnGb(date);
}

/** A cell as a person reads it on screen, on paper or in the PDF: £ with pence, counts with commas, "c" when suppressed. */
export function formatCellForDisplay(column: ExportColumn, cell: ExportCell | undefined): string {
  if (cell === undefined || cell === null) return "";
  if (isSuppressed(cell)) return SUPPRESSED_TEXT;
  if (typeof cell === "string") return formatTextCell(column.kind, cell);
  switch (column.kind) {
    case "pence":
      return formatPence(cell);
    case "count":
      return formatWholeNumber(cell);
    case "percent":
      return `${cell}%`;
    default:
      return String(cell);
  }
}

/** A row's name on a chart's axis: its category cell as the table shows it ("April 2025", not "2025-04"). */
export function formatCategoryCell(columns: readonly ExportColumn[], key: string, row: Readonly<Record<string, ExportCell>>): string {
  const column = columns.find((c) => c.key === key);
  return column ? formatCellForDisplay(column, row[key]) : String(row[key] ?? "");
}
