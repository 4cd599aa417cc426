import { isSmallCount } from "../exports/suppression";
import { SUPPRESSED, type ExportOutput, type ExportRow } from "../exports/export-table";
import { findHiddenDerivedCells } from "./derived";
import { cellKey, listMeasureCells, listRelations, parseCellKey, type CellKey, type Measure, type OutputCell } from "./relations";
import { roundCount, type DisclosureRule } from "./rule";
import { extendUntilSafe, type Audit } from "./secondary";
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
export function protectOutput(output: ExportOutput, rule: DisclosureRule, audit: Audit = auditByBounds): ExportOutput {
  const cells = listMeasureCells(output);
  const relations = listRelations(output, cells);
  const hidden = new Set<CellKey>();
  const numeric = (measure: Measure) => new Map([...cells.values()].flatMap((c): [CellKey, number][] => (c.measure === measure && typeof c.value === "number" ? [[c.key, c.value]] : [])));

  if (rule.method === "suppress") {
    const counts = numeric("count");
    for (const [key, value] of counts) if (isSmallCount(value, rule.threshold)) hidden.add(key);
    extendUntilSafe({ values: counts, relations: relations.filter((r) => r.measure === "count"), hidden, lowerBound: () => 1 }, audit);
  }
  const isHidden = (key: CellKey) => hidden.has(key);
  // Money first (its complements are money), then every other figure worked out from what is hidden.
  for (const key of findHiddenDerivedCells(output, rule.threshold, isHidden, (c) => c.kind === "pence")) hidden.add(key);
  const money = numeric("pence");
  const mayBeNegative = columnsWithNegatives(money);
  const moneyLowerBound = (key: CellKey) => (mayBeNegative.has(columnOf(key)) ? null : 0);
  extendUntilSafe({ values: money, relations: relations.filter((r) => r.measure === "pence"), hidden, lowerBound: moneyLowerBound }, audit);
  for (let before = -1; before !== hidden.size; ) {
    before = hidden.size;
    for (const key of findHiddenDerivedCells(output, rule.threshold, isHidden)) hidden.add(key);
  }
  return writeOutput(output, hidden, rule.method === "round" ? cells : undefined);
}

/** A money column with a negative figure (a change in spend) is money a reader cannot bound below. */
export function columnsWithNegatives(values: ReadonlyMap<CellKey, number>): Set<string> {
  return new Set([...values].filter(([, v]) => v < 0).map(([k]) => columnOf(k)));
}

export function columnOf(key: CellKey): string {
  const { table, column } = parseCellKey(key);
  return `${table}\u0001${column}`;
}

function writeOutput(output: ExportOutput, hidden: ReadonlySet<CellKey>, toRound: Map<CellKey, OutputCell> | undefined): ExportOutput {
  const tables = output.tables.map((table) => {
    const write = (row: ExportRow, at: number | "total"): ExportRow => {
      const out: ExportRow = { ...row };
      for (const column of table.columns) {
        const key = cellKey({ table: table.id, row: at, column: column.key });
        const value = out[column.key];
        if (hidden.has(key)) out[column.key] = SUPPRESSED;
        else if (toRound && column.kind === "count" && typeof value === "number") out[column.key] = roundCount(value);
      }
      return out;
    };
    return { ...table, rows: table.rows.map((r, i) => write(r, i)), ...(table.totalRow && { totalRow: write(table.totalRow, "total") }) };
  });
  return { ...output, tables };
}
