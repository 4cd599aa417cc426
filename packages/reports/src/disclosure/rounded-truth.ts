import { isSuppressed, type ExportCell, type ExportOutput } from "../exports/export-table";
import { listMeasureCells, listRelations, parseCellKey, type CellKey } from "./relations";
import { roundCount } from "./rule";

/** A figure of an output by cell key (test support). */
export function figureAt(output: ExportOutput, key: CellKey): ExportCell | undefined {
  const { table, row, column } = parseCellKey(key);
  const t = output.tables.find((x) => x.id === table);
  return row === "total" ? t?.totalRow?.[column] : t?.rows[row]?.[column];
}

/**
 * The shown counts of a protected output that break the model `findUnroundedCounts` solves: a
 * count that is the total of no relation and is not its true value rounded, or any count not a
 * multiple of 5. Empty: the true counts are one of the reader's solutions, so that the attacker
 * finding nothing is not because it found no solution at all (test support).
 */
export function findCountsOffTheModel(input: ExportOutput, published: ExportOutput): CellKey[] {
  const truth = listMeasureCells(input);
  const totals = new Set(listRelations(input, truth).filter((r) => r.measure === "count").map((r) => r.total));
  return [...truth.values()].flatMap((cell) => {
    if (cell.measure !== "count") return [];
    const shown = figureAt(published, cell.key);
    if (isSuppressed(shown)) return [];
    const ok = typeof shown === "number" && shown % 5 === 0 && (totals.has(cell.key) || shown === roundCount(cell.value as number));
    return ok ? [] : [cell.key];
  });
}
