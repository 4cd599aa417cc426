import { formatPence } from "@pb/calendar";
import { isSuppressed, SUPPRESSED_TEXT, type ExportCell, type ExportColumn } from "./export-table";

/** 1234567 → "1,234,567": whole numbers only, no locale needed. */
export function formatWholeNumber(n: number): string {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+$)/g, ",");
}

/** A cell as a person reads it on screen, on paper or in the PDF: £ with pence, counts with commas, "c" when suppressed. */
export function formatCellForDisplay(column: ExportColumn, cell: ExportCell | undefined): string {
  if (cell === undefined || cell === null) return "";
  if (isSuppressed(cell)) return SUPPRESSED_TEXT;
  if (typeof cell === "string") return cell;
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
