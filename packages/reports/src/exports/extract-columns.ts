import type { ExportCell, ExportColumn } from "./export-table";
import { coarsenToMonth, findAmountBand, type ExtractPrivacy } from "./extract-privacy";

/**
 * A column of a row-level extract as defined once: a code column names the words for its codes
 * (written in a column beside it), and a quasi-identifier says what it becomes in coarsened rows.
 */
export type ExtractColumn = ExportColumn & {
  words?: (code: string) => string;
  coarsen?: { to: "month" | "band"; key: string; label: string };
};

type Expanded = { column: ExportColumn; cell: (value: ExportCell) => ExportCell };

const same = (value: ExportCell) => value;
const asText = (value: ExportCell) => (typeof value === "string" || typeof value === "number" ? String(value) : null);

/** One defined column as the file's columns: the code and its words, or the coarsened value in place of the exact one. */
function expand(column: ExtractColumn, privacy: ExtractPrivacy): Expanded[] {
  const { words, coarsen, ...plain } = column;
  if (coarsen && privacy === "coarsened") {
    const cell = coarsen.to === "month"
      ? (value: ExportCell) => (asText(value) === null ? null : coarsenToMonth(String(value)))
      : (value: ExportCell) => (typeof value === "number" ? findAmountBand(value) : null);
    return [{ column: { key: coarsen.key, label: coarsen.label, kind: "text" }, cell }];
  }
  if (!words) return [{ column: plain, cell: same }];
  return [
    { column: { ...plain, label: `${plain.label} (code)` }, cell: same },
    { column: { key: `${plain.key}Label`, label: plain.label, kind: "text" }, cell: (value) => (asText(value) === null ? null : words(String(value))) },
  ];
}

/** The columns a file has for these defined columns and this privacy choice. */
export function listExtractColumns(columns: readonly ExtractColumn[], privacy: ExtractPrivacy): ExportColumn[] {
  return columns.flatMap((c) => expand(c, privacy).map((e) => e.column));
}

/**
 * Turns a row's cells (one per defined column, codes and exact values) into the file's cells.
 * Made once per file, so a million rows reuse one list of cell functions.
 */
export function makeExtractRowWriter(columns: readonly ExtractColumn[], privacy: ExtractPrivacy): (cells: readonly ExportCell[]) => ExportCell[] {
  const plan = columns.map((c) => expand(c, privacy));
  return (cells) => {
    const out: ExportCell[] = [];
    plan.forEach((parts, i) => {
      const value = cells[i] ?? null;
      for (const part of parts) out.push(part.cell(value));
    });
    return out;
  };
}
