import { ARRANGEMENTS } from "../dashboards/labels";
import { STREAMS } from "../spend-by-stream";
import type { CellRef, CellSum, ExportTable } from "./export-table";
import { cellOf, cellsDown, sameFigure } from "./output-sums";

/** The return-shaped summaries: the coverage table's plans with a personal budget are the SEN2 table's total. */
export const RETURN_SUMMARY_SUMS: readonly CellSum[] = [sameFigure(cellOf("ehcp-coverage", 0, "withBudget"), cellOf("sen2-personal-budgets", "total", "withBudget"))];

type PackPeriod = {
  /** The whole months ("YYYY-MM") the pack's dashboards cover, in order. */
  months: readonly string[];
  /** True when the review period is those whole months, first day to last: then a sum by date equals one by month. */
  wholeMonths: boolean;
};

/**
 * What the review pack shows twice across its parts, each over the same period and no filters: the
 * policy review's stretches add up to the other dashboards' totals (requests, outcomes, budgets
 * ended, reviews asked for, paid and committed); the spend export's months are the spend
 * dashboard's; direct payments by stream add up to paid by the direct payment arrangement. A table
 * the pack does not hold declares nothing.
 */
export function listReviewPackSums(tables: readonly ExportTable[], period: PackPeriod): CellSum[] {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const sums: CellSum[] = [];
  const acrossStretches = (id: string, column: string, total: CellRef) => {
    const table = byId.get(id);
    if (table && byId.has(total.table)) sums.push({ total, parts: cellsDown(table, table.rows.length, column) });
  };
  acrossStretches("policy-requests", "received", cellOf("requests-by-month", "total", "received"));
  acrossStretches("policy-requests", "approvedCount", cellOf("requests-by-month", "total", "approved"));
  acrossStretches("policy-requests", "partlyCount", cellOf("requests-by-month", "total", "partly_approved"));
  acrossStretches("policy-requests", "refusedCount", cellOf("requests-by-month", "total", "refused"));
  acrossStretches("policy-endings", "cessations", cellOf("cessations-by-month", "total", "cessations"));
  acrossStretches("policy-endings", "disagreements", cellOf("cessations-by-month", "total", "disagreements"));
  acrossStretches("policy-money", "paidPence", cellOf("money-by-month", "total", "paidPence"));
  acrossStretches("policy-money", "committedPence", cellOf("money-by-month", "total", "committedPence"));
  if (byId.has("paid-by-month-stream")) sums.push(...spendExportMonths(tables, period.months));
  const directPayments = byId.get("direct-payment-spend");
  // The table by arrangement lists the known arrangements first, in their order.
  const row = ARRANGEMENTS.indexOf("direct_payment");
  if (period.wholeMonths && directPayments?.totalRow && byId.has("money-by-arrangement")) {
    const years = directPayments.columns.filter((c) => c.kind === "pence").map((c) => cellOf(directPayments.id, "total", c.key));
    sums.push({ total: cellOf("money-by-arrangement", row, "paidPence"), parts: years });
  }
  return sums;
}

/** Each month of the spend export (whole financial years) that the spend dashboard shows too: the same paid, stream by stream. */
function spendExportMonths(tables: readonly ExportTable[], months: readonly string[]): CellSum[] {
  const sums: CellSum[] = [];
  for (const table of tables.filter((t) => t.id.startsWith("spend-by-month-"))) {
    table.rows.forEach((r, i) => {
      const at = typeof r.month === "string" ? months.indexOf(r.month) : -1;
      if (at < 0) return;
      for (const key of [...STREAMS, "totalPence"]) sums.push(sameFigure(cellOf(table.id, i, key), cellOf("paid-by-month-stream", at, key)));
    });
  }
  return sums;
}
