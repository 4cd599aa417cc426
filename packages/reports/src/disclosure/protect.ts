import { isSmallCount } from "../exports/suppression";
import { isSuppressed, type ExportOutput } from "../exports/export-table";
import { findExactRatioCells, findHiddenDerivedCells } from "./derived";
import { writeOutput } from "./write-output";
import { roundUntilSafe } from "./round-audit";
import { columnOf, listMeasureCells, listRelations, parseCellKey, type CellKey, type Measure, type OutputCell, type Relation } from "./relations";
import type { DisclosureRule } from "./rule";
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
 * "round": counts that are the total of no relation (leaves) to the nearest 5; every total is the sum
 * of its parts as published (./round). Where two tables tie leaves together and the attacker could
 * still pin a count, a leaf is hidden until it cannot (./round-audit). Shares are recomputed from
 * the published figures, exact ratios of a count (a rate, a mean per child) are hidden, and money
 * and other figures of groups under the threshold are hidden, with money complements so that no
 * money total gives one back.
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
  const rounded = rule.method === "round" ? roundUntilSafe(output, cells, relations) : undefined;
  if (rounded) {
    for (const [key, value] of rounded) if (isSuppressed(value)) hidden.add(key);
    for (const key of findExactRatioCells(output)) hidden.add(key);
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
  return writeOutput(output, hidden, rounded);
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
