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
import { ValidationError } from "../shared/errors";

/** What narrowed the output (the field to name) and what to tell the caller; a dashboard's filters by default. */
export type NarrowedBy = { field: string; message: string };

export const NARROWED_BY_FILTERS: NarrowedBy = {
  field: "filters",
  message: "The figures for these filters are too few to publish safely; widen the filters (for example drop the service or age band)",
};
export const NARROWED_BY_PERIOD: NarrowedBy = {
  field: "period",
  message: "The figures for this period are too few to publish safely; choose a longer period",
};

/**
 * A whole output (every sheet of a file, every table of a dashboard, the review pack) protected by
 * the council's rule, then checked as a reader would attack it: a count the rule does not allow, a
 * figure of a hidden count, or a hidden cell the relations shown pin to one value throws here, so
 * that no such file leaves. Cut a single table (a CSV) from the result, never protect it alone.
 * Such an output comes of choosing too few children (a narrow filter or a short period), so the
 * caller is told, as a 4xx naming what narrowed it, to widen it; the cells stay in the server log.
 */
export function protectForRelease(output: ExportOutput, rule: DisclosureRule, narrowedBy: NarrowedBy = NARROWED_BY_FILTERS): ExportOutput {
  const published = protectOutput(output, rule);
  const check = (what: string, cells: readonly CellRef[]) => fail(what, cells, narrowedBy);
  check("count(s) the rule does not allow", findCountsBreakingRule(published, rule));
  // A rounded count is a multiple of 5 whatever the threshold: by that method, only figures of hidden cells can be exposed.
  check("figure(s) shown of a hidden or small count", findExposedFigures(published, rule.method === "round" ? Math.min(rule.threshold, ROUNDING_BASE) : rule.threshold));
  check("hidden cell(s) a reader can work out", findDeterminedCells(published, { ratios: listStretchRates(published.tables) }));
  return published;
}

function fail(what: string, cells: readonly CellRef[], narrowedBy: NarrowedBy): void {
  if (cells.length === 0) return;
  // Table ids, row numbers and column keys only: no child's figures or details reach the log.
  const where = cells.slice(0, 3).map((c) => `${c.table} row ${c.row} ${c.column}`).join("; ");
  console.warn(`disclosure control left ${cells.length} ${what} (${where}); the file was not made`);
  throw new ValidationError(narrowedBy.field, narrowedBy.message);
}
