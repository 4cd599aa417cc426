import { describe, expect, it } from "vitest";
import { buildCessationDashboard } from "../dashboards/cessations";
import { toDashboardOutput } from "../dashboards/dashboard-view";
import { resolveDashboardPeriod } from "../dashboards/period";
import { buildPolicyReviewDashboard } from "../dashboards/policy-review";
import { buildUptakeDashboard } from "../dashboards/uptake";
import { findUntrueRelations } from "./output-sums";
import { listReviewPackSums } from "./review-pack-sums";

// One year's requests and endings, as the uptake, cessations and policy review dashboards of a pack read them.
const period = resolveDashboardPeriod({ kind: "financial_year", label: "2025-26" });
const requests = [
  { month: "2025-05", policyVersionId: "v1", outcome: "approved", daysToDecision: 12, requests: 9 },
  { month: "2025-10", policyVersionId: "v2", outcome: "refused", daysToDecision: 30, requests: 2 },
  { month: "2025-11", policyVersionId: "v2", outcome: "pending", daysToDecision: -1, requests: 6 },
];
const cessations = [{ month: "2025-06", policyVersionId: "v1", reasonCode: "aged_out", cessations: 3 }];
const disagreements = [{ month: "2025-12", policyVersionId: "v2", stream: "education", outcome: "upheld", disagreements: 6, withinDeadline: 6 }];
const views = [
  buildUptakeDashboard({ period, asAtMonth: "2026-03", census: [], ehcps: [], requests }),
  buildCessationDashboard({ period, cessations, cessationsByStream: [], disagreements, lines: {} }),
  buildPolicyReviewDashboard({
    period, versions: [{ id: "v1", versionNumber: 1, effectiveFrom: "2024-04-01" }, { id: "v2", versionNumber: 2, effectiveFrom: "2025-09-01" }], noPolicyId: "none",
    spend: [], commitment: [], requests, cessations, disagreements, exceptions: [],
  }),
];

describe("the review pack's relations between its parts", () => {
  const outputs = views.map(toDashboardOutput);
  const tables = outputs.flatMap((o) => o.tables);
  const sums = listReviewPackSums(tables, { months: period.months, wholeMonths: true });

  it("adds the policy review's stretches up to the other dashboards' totals, and the figures keep every one", () => {
    const stretches = [0, 1];
    const across = (table: string, column: string) => stretches.map((row) => ({ table, row, column }));
    expect(sums).toContainEqual({ total: { table: "requests-by-month", row: "total", column: "refused" }, parts: across("policy-requests", "refusedCount") });
    expect(sums).toContainEqual({ total: { table: "cessations-by-month", row: "total", column: "disagreements" }, parts: across("policy-endings", "disagreements") });
    expect(findUntrueRelations({ tables, sums: [...outputs.flatMap((o) => o.sums ?? []), ...sums] })).toEqual([]);
  });

  it("declares nothing about a part the pack does not hold", () => {
    expect(listReviewPackSums(outputs[0]?.tables ?? [], { months: period.months, wholeMonths: true })).toEqual([]);
  });
});
