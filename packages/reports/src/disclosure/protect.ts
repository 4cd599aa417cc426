import { isSmallCount } from "../exports/suppression";
import { SUPPRESSED, type ExportOutput, type ExportRow } from "../exports/export-table";
import { findHiddenDerivedCells } from "./derived";
import { columnOf, listMeasureCells, listRelations, parseCellKey, type CellKey, type Measure, type OutputCell, type Relation } from "./relations";
import { roundCount, type DisclosureRule } from "./rule";
import { extendUntilSafe } from "./secondary";
import { auditByBounds } from "./audit";

/**
 * Disclosure control over everything one file or page publishes at once. Pure: the output comes
 * back with hidden cells marked (and, by "round", counts rounded); the input is not changed.
 *
 * "suppress": counts from 1 to threshold − 1 are hidden; then, while any hidden count or money
 * cell could be pinned to one value from the relations shown (every "c" is at least 1, since zeros
 * are never hidden), the best complement is hidden too. Money follows its count; figures worked
 * out from a hidden count, or from a group under the threshold, are hidden.
 *
 * "round": every count to the nearest 5, each on its own; money and derived figures of groups under
 * the threshold are hidden, with money complements so that no money total gives one back.
 */
export function protectOutput(output: ExportOutput, rule: DisclosureRule): ExportOutput {
  const cells = listMeasureCells(output);
  const relations = listRelations(output, cells);
  assertRelationsHold(cells, relations);
  const hidden = new Set<CellKey>();
  const numeric = (measure: Measure) => new Map([...cells.values()].flatMap((c): [CellKey, number][] => (c.measure === measure && typeof c.value === "number" ? [[c.key, c.value]] : [])));

  if (rule.method === "suppress") {
    const counts = numeric("count");
    for (const [key, value] of counts) if (isSmallCount(value, rule.threshold)) hidden.add(key);
    extendUntilSafe({ values: counts, relations: relations.filter((r) => r.measure === "count"), hidden, lowerBound: () => 1 }, auditByBounds);
  }
  const isHidden = (key: CellKey) => hidden.has(key);
  // Money first (its complements are money, and money worked out from hidden money is hidden in
  // turn), then every other figure worked out from what is hidden.
  const money = numeric("pence");
  const mayBeNegative = new Set([...money].filter(([, v]) => v < 0).map(([k]) => columnOf(k)));
  const moneyLowerBound = (key: CellKey) => (mayBeNegative.has(columnOf(key)) ? null : 0);
  const moneyRelations = relations.filter((r) => r.measure === "pence");
  for (let before = -1; before !== hidden.size; ) {
    before = hidden.size;
    for (const key of findHiddenDerivedCells(output, rule.threshold, isHidden, (c) => c.kind === "pence")) hidden.add(key);
    extendUntilSafe({ values: money, relations: moneyRelations, hidden, lowerBound: moneyLowerBound }, auditByBounds);
  }
  for (let before = -1; before !== hidden.size; ) {
    before = hidden.size;
    for (const key of findHiddenDerivedCells(output, rule.threshold, isHidden)) hidden.add(key);
  }
  return writeOutput(output, hidden, rule.method === "round");
}

/**
 * A declared relation that the figures do not meet would let the protector reason about a table a
 * reader sees differently: the table is shaped wrongly, and must fail here rather than leave.
 */
function assertRelationsHold(cells: ReadonlyMap<CellKey, OutputCell>, relations: readonly Relation[]): void {
  const valueOf = (k: CellKey) => cells.get(k)?.value;
  for (const r of relations) {
    const total = valueOf(r.total);
    const parts = r.parts.map(valueOf);
    if (typeof total !== "number" || !parts.every((v) => typeof v === "number")) continue;
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (sum === total) continue;
    const { table, row, column } = parseCellKey(r.total);
    throw new Error(`Disclosure control: ${table}, row ${row}, column ${column} is declared the sum of ${parts.length} cells but is ${total}, not ${sum}`);
  }
}

function writeOutput(output: ExportOutput, hidden: ReadonlySet<CellKey>, rounding: boolean): ExportOutput {
  const tables = output.tables.map((table) => {
    const rows = table.rows.map((r) => ({ ...r }));
    const totalRow = table.totalRow && { ...table.totalRow };
    const rowAt = (at: number | "total"): ExportRow | undefined => (at === "total" ? totalRow : rows[at]);
    if (rounding) {
      const counts = table.columns.filter((c) => c.kind === "count").map((c) => c.key);
      for (const row of totalRow ? [...rows, totalRow] : rows) {
        for (const key of counts) {
          const value = row[key];
          if (typeof value === "number") row[key] = roundCount(value);
        }
      }
    }
    return { table, rows, totalRow, rowAt };
  });
  const byId = new Map(tables.map((t) => [t.table.id, t]));
  for (const key of hidden) {
    const { table, row, column } = parseCellKey(key);
    const target = byId.get(table)?.rowAt(row);
    if (target) target[column] = SUPPRESSED;
  }
  return { ...output, tables: tables.map(({ table, rows, totalRow }) => ({ ...table, rows, ...(totalRow && { totalRow }) })) };
}
