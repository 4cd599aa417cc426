import { describe, expect, it } from "vitest";
import { resolveDashboardPeriod } from "./period";
import { splitPeriodByPolicy } from "./policy-periods";
import { findDeterminedCells } from "../disclosure/attacker";
import { protectOutput } from "../disclosure/protect";
import { isSuppressed } from "../exports/export-table";
import { findUntrueRelations } from "../exports/output-sums";
import { toDashboardOutput } from "./dashboard-view";
import { buildPolicyReviewDashboard, listStretchRates } from "./policy-review";

const NONE = "none";
const versions = [
  { id: "v1", versionNumber: 1, effectiveFrom: "2024-04-01" },
  { id: "v2", versionNumber: 2, effectiveFrom: "2025-09-01" },
  { id: "v3", versionNumber: 3, effectiveFrom: "2025-09-01" },
];

describe("splitting a period at policy effective dates", () => {
  it("starts with the time before any policy and lets the higher version win a shared date", () => {
    const stretches = splitPeriodByPolicy("2024-01-01", "2026-03-31", versions, NONE);
    expect(stretches.map((s) => [s.policyVersionId, s.from, s.to, s.days])).toEqual([
      [NONE, "2024-01-01", "2024-03-31", 91],
      ["v1", "2024-04-01", "2025-08-31", 518],
      ["v3", "2025-09-01", "2026-03-31", 212],
    ]);
    expect(stretches[2]?.label).toBe("Version 3, in force from 1 September 2025");
  });

  it("keeps only stretches inside the period", () => {
    expect(splitPeriodByPolicy("2025-04-01", "2025-06-30", versions, NONE).map((s) => s.policyVersionId)).toEqual(["v1"]);
    expect(splitPeriodByPolicy("2020-01-01", "2020-12-31", [], NONE)).toMatchObject([{ policyVersionId: NONE, days: 366 }]);
  });
});

describe("the policy review", () => {
  const view = buildPolicyReviewDashboard({
    period: resolveDashboardPeriod({ kind: "financial_year", label: "2025-26" }),
    versions,
    noPolicyId: NONE,
    spend: [{ policyVersionId: "v1", paidPence: 1_000_000, scheduledPence: 0 }, { policyVersionId: "v3", paidPence: 500_000, scheduledPence: 0 }],
    commitment: [{ policyVersionId: "v1", committedPence: 153 }],
    requests: [
      { policyVersionId: "v1", outcome: "approved", daysToDecision: 10, requests: 3 },
      { policyVersionId: "v1", outcome: "refused", daysToDecision: 40, requests: 1 },
      { policyVersionId: "v3", outcome: "pending", daysToDecision: -1, requests: 2 },
    ],
    cessations: [{ policyVersionId: "v3", cessations: 7 }],
    disagreements: [{ policyVersionId: "v1", disagreements: 2 }],
    exceptions: [
      { policyVersionId: "v1", reasonCode: "SERVICE_EXCLUDED", exceptions: 1 },
      { policyVersionId: "v3", reasonCode: "OUTSIDE_REQUEST_WINDOW", exceptions: 1 },
      { policyVersionId: "v1", reasonCode: "NOT_COST_EFFECTIVE", exceptions: 2 },
      { policyVersionId: "v1", reasonCode: "SERVICE_EXCLUDED", exceptions: 2 },
    ],
  });

  it("puts each version's stretch side by side with the same measures", () => {
    const money = view.sections[0]?.table;
    expect(money?.rows.map((r) => [r.policy, r.days, r.paidPence])).toEqual([
      ["Version 1, in force from 1 April 2024", 153, 1_000_000],
      ["Version 3, in force from 1 September 2025", 212, 500_000],
    ]);
    expect(money?.rows[0]?.committedAMonth).toBe(30);
    expect(money?.drills?.[1]?.paidPence).toEqual({ measure: "paid", policyVersionId: "v3" });
    const requests = view.sections[1]?.table;
    expect(requests?.rows[0]).toMatchObject({ received: 4, decided: 4, undecided: 0, approvedCount: 3, partlyCount: 0, refusedCount: 1, approved: 75, refused: 25, partly: 0, median: 10, p90: 40 });
    expect(requests?.rows[1]).toMatchObject({ received: 2, approved: null, median: null });
    expect(view.sections[2]?.table.rows.map((r) => [r.cessations, r.disagreements])).toEqual([[0, 2], [7, 0]]);
  });

  it("counts the rules the panel set aside by version and rule, most often first", () => {
    const table = view.sections.find((s) => s.id === "policy-exceptions")?.table;
    expect(table?.rows.map((r) => [r.policy, r.rule, r.exceptions])).toEqual([
      ["Version 1", "SERVICE_EXCLUDED", 3],
      ["Version 1", "NOT_COST_EFFECTIVE", 2],
      ["Version 3", "OUTSIDE_REQUEST_WINDOW", 1],
    ]);
    expect(table?.rows[0]?.words).toBe("The service is not one a personal budget can pay for");
    expect(table?.columns.find((c) => c.key === "exceptions")?.kind).toBe("count");
  });

  it("shows the count behind each percentage, and declares every rate, percentage and median worked out from its count", () => {
    const requests = view.sections[1]?.table;
    expect(requests?.rowSum).toEqual({ parts: ["approvedCount", "partlyCount", "refusedCount"], total: "decided" });
    // Each stretch's requests received are those decided and those not yet decided, both shown.
    expect(view.sums).toEqual((requests?.rows ?? []).map((_, i) => ({
      total: { table: "policy-requests", row: i, column: "received" },
      parts: [{ table: "policy-requests", row: i, column: "decided" }, { table: "policy-requests", row: i, column: "undecided" }],
    })));
    const derived = Object.fromEntries((requests?.columns ?? []).filter((c) => c.derivedFrom).map((c) => [c.key, c.derivedFrom]));
    expect(derived).toEqual({
      receivedAMonth: ["received"], approved: ["approvedCount", "decided"], partly: ["partlyCount", "decided"], refused: ["refusedCount", "decided"],
      timed: ["decided"], median: ["timed"], p90: ["timed"],
    });
    expect(view.sections[2]?.table.columns.find((c) => c.key === "cessationsAMonth")?.derivedFrom).toEqual(["cessations"]);
    expect(view.sections[0]?.table.columns.find((c) => c.key === "days")?.kind).toBe("number");
    expect(findUntrueRelations(toDashboardOutput(view))).toEqual([]);
  });

  it("names each stretch's rates for the attacker, and protected whole neither shows a small count's rate nor lets one be worked out", () => {
    const output = toDashboardOutput(view);
    const rates = listStretchRates(output.tables);
    expect(rates).toContainEqual({
      figure: { table: "policy-endings", row: 1, column: "cessationsAMonth" }, numerator: { table: "policy-endings", row: 1, column: "cessations" }, denominator: 1200 * 212, scale: 36_525,
    });
    const published = protectOutput(output, { threshold: 5, method: "suppress" });
    expect(findDeterminedCells(published, { ratios: listStretchRates(published.tables) })).toEqual([]);
    const endings = published.tables.find((t) => t.id === "policy-endings");
    expect(isSuppressed(endings?.rows[0]?.disagreements)).toBe(true);
    expect(isSuppressed(endings?.rows[0]?.disagreementsAMonth)).toBe(true);
    expect(endings?.rows[1]?.cessations).toBe(7);
  });

  it("shows each stretch's requests not yet decided, so a small count (12 received, 11 decided) is hidden, not worked out", () => {
    const small = buildPolicyReviewDashboard({
      period: resolveDashboardPeriod({ kind: "financial_year", label: "2025-26" }),
      versions, noPolicyId: NONE, spend: [], commitment: [], cessations: [], disagreements: [], exceptions: [],
      requests: [
        { policyVersionId: "v1", outcome: "approved", daysToDecision: 10, requests: 6 },
        { policyVersionId: "v1", outcome: "refused", daysToDecision: 20, requests: 5 },
        { policyVersionId: "v1", outcome: "pending", daysToDecision: -1, requests: 1 },
        { policyVersionId: "v3", outcome: "approved", daysToDecision: 10, requests: 20 },
        { policyVersionId: "v3", outcome: "pending", daysToDecision: -1, requests: 9 },
      ],
    });
    const requests = small.sections.find((s) => s.id === "policy-requests")?.table;
    expect(requests?.rows.map((r) => [r.received, r.decided, r.undecided])).toEqual([[12, 11, 1], [29, 20, 9]]);
    const output = toDashboardOutput(small);
    expect(findUntrueRelations(output)).toEqual([]);
    const published = protectOutput(output, { threshold: 5, method: "suppress" });
    expect(isSuppressed(published.tables.find((t) => t.id === "policy-requests")?.rows[0]?.undecided)).toBe(true);
    expect(findDeterminedCells(published, { ratios: listStretchRates(published.tables) })).toEqual([]);
  });
});
