import {
  findCountsBreakingRule,
  findDeterminedCells,
  findExposedFigures,
  listStretchRates,
  protectOutput,
  ROUNDING_BASE,
  type CellRef,
  type DisclosureRule,
  type ExportOutput,
} from "@pb/reports";

/**
 * A whole output (every sheet of a file, every table of a dashboard, the review pack) protected by
 * the council's rule, then checked as a reader would attack it: a count the rule does not allow, a
 * figure of a hidden count, or a hidden cell the relations shown pin to one value throws here, so
 * that no such file leaves. Cut a single table (a CSV) from the result, never protect it alone.
 */
export function protectForRelease(output: ExportOutput, rule: DisclosureRule): ExportOutput {
  const published = protectOutput(output, rule);
  fail("count(s) the rule does not allow", findCountsBreakingRule(published, rule));
  // A rounded count is a multiple of 5 whatever the threshold: by that method, only figures of hidden cells can be exposed.
  fail("figure(s) shown of a hidden or small count", findExposedFigures(published, rule.method === "round" ? Math.min(rule.threshold, ROUNDING_BASE) : rule.threshold));
  fail("hidden cell(s) a reader can work out", findDeterminedCells(published, { ratios: listStretchRates(published.tables) }));
  return published;
}

function fail(what: string, cells: readonly CellRef[]): void {
  if (cells.length === 0) return;
  const where = cells.slice(0, 3).map((c) => `${c.table} row ${c.row} ${c.column}`).join("; ");
  throw new Error(`disclosure control left ${cells.length} ${what} (${where}); the file was not made`);
}
