import { findCountsBreakingRule, protectOutput, type DisclosureRule, type ExportOutput } from "@pb/reports";

/**
 * A whole output (every sheet of a file, every table of a dashboard, the review pack) protected by
 * the council's rule, then checked: a count the rule does not allow throws here, so that no file
 * leaves with one. Cut a single table (a CSV) from the result, never protect it alone.
 */
export function protectForRelease(output: ExportOutput, rule: DisclosureRule): ExportOutput {
  const published = protectOutput(output, rule);
  const breaking = findCountsBreakingRule(published, rule);
  if (breaking.length > 0) {
    const where = breaking.slice(0, 3).map((c) => `${c.table} row ${c.row} ${c.column}`).join("; ");
    throw new Error(`disclosure control left ${breaking.length} count(s) the rule does not allow (${where})`);
  }
  return published;
}
