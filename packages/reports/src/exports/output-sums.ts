import { listMeasureCells, listRelations, parseCellKey } from "../disclosure/relations";
import type { CellRef, CellSum, ExportOutput, ExportTable } from "./export-table";

/** One cell of an output, by its table's id, its row (a body row's index or the totals row) and its column. */
export function cellOf(table: string, row: number | "total", column: string): CellRef {
  return { table, row, column };
}

/** Two cells a reader sees showing the same figure (a total repeated on another sheet). */
export function sameFigure(a: CellRef, b: CellRef): CellSum {
  return { total: a, parts: [b] };
}

/** The same column of each of a table's body rows (the rows of a breakdown that add up to a total elsewhere). */
export function cellsDown(table: ExportTable | string, rows: number, column: string): CellRef[] {
  const id = typeof table === "string" ? table : table.id;
  return Array.from({ length: rows }, (_, row) => cellOf(id, row, column));
}

function hasCell(output: ExportOutput, ref: CellRef): boolean {
  const table = output.tables.find((t) => t.id === ref.table);
  if (!table?.columns.some((c) => c.key === ref.column)) return false;
  return ref.row === "total" ? table.totalRow !== undefined : Number.isInteger(ref.row) && ref.row >= 0 && ref.row < table.rows.length;
}

/**
 * What is wrong with an output's declarations, in words: a table id used twice, a declared cell that
 * is not there, a relation its own figures do not keep (a total that is not the sum of its parts). A
 * declaration that is not true misleads disclosure control, so every builder's tests and the
 * integration test over real data expect none.
 */
export function findUntrueRelations(output: ExportOutput): string[] {
  const problems: string[] = [];
  const ids = output.tables.map((t) => t.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`table ${id} appears twice`);
  const name = (ref: CellRef) => `${ref.table}[${ref.row}].${ref.column}`;
  for (const sum of output.sums ?? []) for (const ref of [sum.total, ...sum.parts]) if (!hasCell(output, ref)) problems.push(`sum names ${name(ref)}, which is not in the output`);
  for (const table of output.tables) {
    const keys = new Set(table.columns.map((c) => c.key));
    const refs = [
      ...table.columns.flatMap((c) => [...(c.suppressWith ? [c.suppressWith] : []), ...(c.derivedFrom ?? []).map((d) => (typeof d === "string" ? d : d.column))]),
      ...(table.rowSum ? [...table.rowSum.parts, table.rowSum.total] : []),
    ];
    for (const key of refs) if (!keys.has(key)) problems.push(`table ${table.id} names column ${key}, which it does not have`);
    for (const sub of table.subtotals ?? []) for (const row of [sub.row, ...sub.of]) if (!table.rows[row]) problems.push(`table ${table.id} names row ${row} in a subtotal, which it does not have`);
  }
  const cells = listMeasureCells(output);
  for (const relation of listRelations(output, cells)) {
    const value = (key: string) => cells.get(key)?.value;
    const total = value(relation.total);
    const parts = relation.parts.map(value);
    if (typeof total !== "number" || parts.some((p) => typeof p !== "number")) continue;
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (sum !== total) problems.push(`${name(parseCellKey(relation.total))} is ${total}, but its parts (${relation.parts.map((k) => name(parseCellKey(k))).join(" + ")}) add up to ${sum}`);
  }
  return problems;
}
