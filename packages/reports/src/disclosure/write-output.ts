import { isSuppressed, SUPPRESSED, type ExportCell, type ExportColumn, type ExportOutput, type ExportRow, type ExportTable } from "../exports/export-table";
import { derivationOf, shareOf } from "./derived";
import { parseCellKey, type CellKey } from "./relations";

type DerivedSource = NonNullable<ExportColumn["derivedFrom"]>[number];

/** The output as published: counts as `rounded` gives them (when rounding), hidden cells, shares of the published figures. */
export function writeOutput(output: ExportOutput, hidden: ReadonlySet<CellKey>, rounded?: ReadonlyMap<CellKey, ExportCell>): ExportOutput {
  const tables = output.tables.map((table) => {
    const rows = table.rows.map((r) => ({ ...r }));
    const totalRow = table.totalRow && { ...table.totalRow };
    const rowAt = (at: number | "total"): ExportRow | undefined => (at === "total" ? totalRow : rows[at]);
    return { table, rows, totalRow, rowAt };
  });
  const byId = new Map(tables.map((t) => [t.table.id, t]));
  const write = (key: CellKey, value: ExportCell) => {
    const { table, row, column } = parseCellKey(key);
    const target = byId.get(table)?.rowAt(row);
    if (target) target[column] = value;
  };
  for (const [key, value] of rounded ?? []) write(key, value);
  for (const key of hidden) write(key, SUPPRESSED);
  if (rounded) for (const t of tables) recomputeShares(t.table, t.rowAt);
  return { ...output, tables: tables.map(({ table, rows, totalRow }) => ({ ...table, rows, ...(totalRow && { totalRow }) })) };
}

/** Under "round", a share shown is of the published part and base, so that it gives back no more than they do. */
function recomputeShares(table: ExportTable, rowAt: (at: number | "total") => ExportRow | undefined): void {
  const rows: (number | "total")[] = [...table.rows.map((_, i) => i), ...(table.totalRow ? ["total" as const] : [])];
  for (const column of table.columns) {
    if (derivationOf(column) !== "share" || column.derivedFrom?.length !== 2) continue;
    const [part, base] = column.derivedFrom as [DerivedSource, DerivedSource];
    for (const at of rows) {
      const row = rowAt(at);
      const shown = row?.[column.key];
      if (!row || shown === null || shown === undefined || isSuppressed(shown)) continue;
      const valueOf = (s: DerivedSource) => (typeof s === "string" ? row[s] : rowAt(s.row)?.[s.column]);
      const [p, b] = [valueOf(part), valueOf(base)];
      row[column.key] = typeof p === "number" && typeof b === "number" ? shareOf(p, b) : SUPPRESSED;
    }
  }
}
