import type { CellRef, ExportCell, ExportColumn, ExportOutput, ExportTable } from "../exports/export-table";

/**
 * The linear relations a reader of a whole output can see, over its count and money cells: each
 * table's totals row (column sums over the body rows that are not subtotals), its row sums, its
 * subtotal rows, and the output's sums across tables. Both the protector and the attacker read
 * them from the declarations here, so that what one protects is what the other attacks.
 */
export type Measure = "count" | "pence";
export type CellKey = string;
export type Relation = { measure: Measure; total: CellKey; parts: CellKey[] };
export type OutputCell = { key: CellKey; ref: CellRef; measure: Measure; value: ExportCell };

const SEPARATOR = "\u0001";
export function cellKey(ref: CellRef): CellKey {
  return `${ref.table}${SEPARATOR}${ref.row}${SEPARATOR}${ref.column}`;
}

export function parseCellKey(key: CellKey): CellRef {
  const [table = "", row = "", column = ""] = key.split(SEPARATOR);
  return { table, row: row === "total" ? "total" : Number(row), column };
}

/** The table and column a cell is in: where a money column that shows a negative figure is unbounded below. */
export function columnOf(key: CellKey): string {
  const { table, column } = parseCellKey(key);
  return `${table}${SEPARATOR}${column}`;
}

/**
 * A column that adds up: counts, and a group's money. A money column with a `derivation` (a mean or
 * a median per child) does not, and its totals row is no sum.
 */
export function isMeasureColumn(column: ExportColumn): boolean {
  return column.kind === "count" || (column.kind === "pence" && column.derivation === undefined);
}

/** Every count and money cell of an output, by key (cells of text, percent and number columns are not measures). */
export function listMeasureCells(output: ExportOutput): Map<CellKey, OutputCell> {
  const cells = new Map<CellKey, OutputCell>();
  for (const table of output.tables) {
    for (const column of table.columns) {
      if (!isMeasureColumn(column)) continue;
      const add = (row: number | "total", value: ExportCell | undefined) => {
        if (value === undefined || value === null || typeof value === "string") return;
        const ref = { table: table.id, row, column: column.key };
        cells.set(cellKey(ref), { key: cellKey(ref), ref, measure: column.kind as Measure, value });
      };
      table.rows.forEach((r, i) => add(i, r[column.key]));
      if (table.totalRow) add("total", table.totalRow[column.key]);
    }
  }
  return cells;
}

/** Every relation the output shows, over cells listed by `listMeasureCells` (a relation naming a missing cell is dropped). */
export function listRelations(output: ExportOutput, cells: Map<CellKey, OutputCell>): Relation[] {
  const relations: Relation[] = [];
  const add = (total: CellRef, parts: CellRef[]) => {
    const totalCell = cells.get(cellKey(total));
    if (!totalCell) return;
    const partKeys = parts.map(cellKey).filter((k) => cells.has(k));
    relations.push({ measure: totalCell.measure, total: totalCell.key, parts: partKeys });
  };
  for (const table of output.tables) addTableRelations(table, add);
  for (const sum of output.sums ?? []) add(sum.total, sum.parts);
  return relations;
}

function addTableRelations(table: ExportTable, add: (total: CellRef, parts: CellRef[]) => void): void {
  const at = (row: number | "total", column: string): CellRef => ({ table: table.id, row, column });
  const measures = table.columns.filter(isMeasureColumn).map((c) => c.key);
  const subtotalRows = new Set((table.subtotals ?? []).map((s) => s.row));
  const leafRows = table.rows.map((_, i) => i).filter((i) => !subtotalRows.has(i));
  for (const column of measures) {
    if (table.totalRow) add(at("total", column), leafRows.map((i) => at(i, column)));
    for (const sub of table.subtotals ?? []) add(at(sub.row, column), sub.of.map((i) => at(i, column)));
  }
  if (table.rowSum) {
    const { parts, total } = table.rowSum;
    const rows: (number | "total")[] = table.rows.map((_, i) => i);
    if (table.totalRow) rows.push("total");
    for (const row of rows) add(at(row, total), parts.map((p) => at(row, p)));
  }
}
