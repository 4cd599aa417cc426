/**
 * A table as it leaves the product: the same rows a dashboard shows, with each column's kind, so
 * that CSV, XLSX and the printed pack write the same numbers the same way.
 */
export type ColumnKind = "text" | "date" | "count" | "pence" | "number" | "percent";

export type ExportColumn = {
  key: string;
  label: string;
  kind: ColumnKind;
  /** For a money column: hidden whenever this count column of the same row is suppressed. */
  suppressWith?: string;
  /**
   * A figure worked out from counts (a percentage, a rate, a mean, a median, the money of a group):
   * hidden wherever any count it is worked out from is hidden. Each entry names a column of the same
   * row, or a cell of another row of the same table (a percentage of the totals row's count).
   */
  derivedFrom?: (string | { row: number | "total"; column: string })[];
  /**
   * How the figure is worked out from its sources, which the "round" method must know (counts are
   * rounded there, and an exact figure worked out from a count would give the count back):
   * - "share": derivedFrom is [part, base], the part as a percentage of the base; recomputed from the
   *   published (rounded) part and base. The default for a percent column with two sources.
   * - "ratio": an exact function of a count (a rate per month, a mean per child: money ÷ count);
   *   hidden. The default for any other percent or number column with sources.
   * - "summary": not a function of the count (a median, a percentile of the group); shown for a group
   *   at or above the threshold.
   * Money columns (kind "pence") are a group's own money by default: shown for a group at or above
   * the threshold; a money figure that is a mean per child must say "ratio".
   */
  derivation?: ColumnDerivation;
};

export type ColumnDerivation = "share" | "ratio" | "summary";

/** Suppressed: fewer than the council's threshold, or hidden so that a total cannot reveal one. */
export type SuppressedCell = { suppressed: true };
export type ExportCell = string | number | null | SuppressedCell;
export type ExportRow = Record<string, ExportCell>;

export type ExportTable = {
  /** Stable, short and file-name safe: "spend-by-month". */
  id: string;
  title: string;
  /** A workbook's tab for the table: at most 31 characters (Excel's limit), where the title would be cut. */
  sheetName?: string;
  columns: ExportColumn[];
  rows: ExportRow[];
  /** The totals row, when the table has one; its counts are the column sums. */
  totalRow?: ExportRow;
  /** Count columns that add up, row by row, into `total`: the other direction a total can reveal a cell in. */
  rowSum?: { parts: string[]; total: string };
  /**
   * Body rows that are the sum of other body rows in every count and money column ("All decided" =
   * approved + refused). The totals row sums the body rows that are not subtotals.
   */
  subtotals?: { row: number; of: number[] }[];
  /** One sentence on what the figures are and how they were counted. */
  note?: string;
};

/** One cell of an output: a table's id, a body row's index or the totals row, a column's key. */
export type CellRef = { table: string; row: number | "total"; column: string };
/** A relation a reader can see across tables: total = the sum of parts (one part: the two cells are equal). */
export type CellSum = { total: CellRef; parts: CellRef[] };

/**
 * Everything one file or page publishes at once (an export's sheets, all the tables of a dashboard,
 * the review pack): disclosure control works over the whole of it, since a reader has all of it.
 */
export type ExportOutput = { tables: ExportTable[]; sums?: CellSum[] };

export const SUPPRESSED: SuppressedCell = Object.freeze({ suppressed: true as const });
/** What a suppressed cell shows in every file: the letter the DfE's and the ONS's tables use. */
export const SUPPRESSED_TEXT = "c";

export function isSuppressed(cell: ExportCell | undefined): cell is SuppressedCell {
  return typeof cell === "object" && cell !== null && cell.suppressed === true;
}

/** Every row of a table, the totals row last. */
export function listTableRows(table: ExportTable): ExportRow[] {
  return table.totalRow ? [...table.rows, table.totalRow] : table.rows;
}
