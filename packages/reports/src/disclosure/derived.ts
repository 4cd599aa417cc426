import { isSmallCount } from "../exports/suppression";
import type { ColumnDerivation, ExportColumn, ExportOutput } from "../exports/export-table";
import { cellKey, type CellKey } from "./relations";

/**
 * Figures that describe a group (a percentage, a rate, a mean, a median, the group's money): hidden
 * wherever a cell they are worked out from is hidden, or the group is smaller than the threshold
 * (a median of 3 children says something about each of the 3). `isHidden` is asked about source cells.
 */
export function findHiddenDerivedCells(
  output: ExportOutput,
  threshold: number,
  isHidden: (key: CellKey) => boolean,
  columnFilter: (column: ExportColumn) => boolean = () => true,
): CellKey[] {
  const out: CellKey[] = [];
  for (const table of output.tables) {
    const kinds = new Map(table.columns.map((c) => [c.key, c.kind]));
    const rows: (number | "total")[] = table.rows.map((_, i) => i);
    if (table.totalRow) rows.push("total");
    const valueAt = (row: number | "total", column: string) => (row === "total" ? table.totalRow?.[column] : table.rows[row]?.[column]);
    for (const column of table.columns) {
      if (!columnFilter(column)) continue;
      const sources = [...(column.suppressWith ? [column.suppressWith] : []), ...(column.derivedFrom ?? [])];
      if (sources.length === 0) continue;
      for (const row of rows) {
        const value = valueAt(row, column.key);
        if (value === undefined || value === null) continue;
        const exposes = sources.some((s) => {
          const ref = typeof s === "string" ? { row, column: s } : s;
          const key = cellKey({ table: table.id, ...ref });
          const source = valueAt(ref.row, ref.column);
          const small = kinds.get(ref.column) === "count" && typeof source === "number" && isSmallCount(source, threshold);
          return small || isHidden(key);
        });
        if (exposes) out.push(cellKey({ table: table.id, row, column: column.key }));
      }
    }
  }
  return out;
}

/** How the "round" method treats a column worked out from others (see `ExportColumn.derivation`); undefined: not derived. */
export function derivationOf(column: ExportColumn): ColumnDerivation | undefined {
  if (column.derivation) return column.derivation;
  if (column.kind !== "percent" && column.kind !== "number") return undefined;
  const sources = column.derivedFrom?.length ?? 0;
  if (sources === 0 && !column.suppressWith) return undefined;
  return column.kind === "percent" && sources === 2 ? "share" : "ratio";
}

/**
 * Under "round": every cell of a "ratio" column that is worked out from a count (hidden whatever the
 * group's size, since with the figures beside it it gives the exact count back).
 */
export function findExactRatioCells(output: ExportOutput): CellKey[] {
  return output.tables.flatMap((table) => {
    const kinds = new Map(table.columns.map((c) => [c.key, c.kind]));
    const rows: (number | "total")[] = [...table.rows.map((_, i) => i), ...(table.totalRow ? ["total" as const] : [])];
    return table.columns
      .filter((c) => derivationOf(c) === "ratio")
      .filter((c) => [...(c.suppressWith ? [c.suppressWith] : []), ...(c.derivedFrom ?? [])].some((s) => kinds.get(typeof s === "string" ? s : s.column) === "count"))
      .flatMap((c) => rows.filter((row) => (row === "total" ? table.totalRow : table.rows[row])?.[c.key] != null).map((row) => cellKey({ table: table.id, row, column: c.key })));
  });
}

/** A share as the product shows it: one decimal place; none of a base of 0. */
export function shareOf(part: number, base: number): number | null {
  return base === 0 ? null : Math.round((part / base) * 1000) / 10;
}
