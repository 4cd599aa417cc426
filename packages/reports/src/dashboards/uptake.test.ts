import { describe, expect, it } from "vitest";
import { findDeterminedCells } from "../disclosure/attacker";
import { protectOutput } from "../disclosure/protect";
import { isSuppressed } from "../exports/export-table";
import { findUntrueRelations } from "../exports/output-sums";
import { toDashboardOutput } from "./dashboard-view";
import { resolveDashboardPeriod } from "./period";
import { buildUptakeDashboard } from "./uptake";

const period = resolveDashboardPeriod({ kind: "custom", fromMonth: "2025-04", toMonth: "2025-06" });
const view = buildUptakeDashboard({
  period,
  asAtMonth: "2025-05",
  census: [
    { month: "2025-04", hasEhcp: true, recipient: "parent", budgets: 4 },
    { month: "2025-04", hasEhcp: false, recipient: "none", budgets: 2 },
    { month: "2025-05", hasEhcp: true, recipient: "parent", budgets: 5 },
    { month: "2025-05", hasEhcp: true, recipient: "young_person", budgets: 1 },
    { month: "2025-05", hasEhcp: false, recipient: "none", budgets: 3 },
  ],
  ehcps: [{ month: "2025-04", ehcps: 20 }, { month: "2025-05", ehcps: 24 }],
  requests: [
    { month: "2025-04", outcome: "approved", daysToDecision: 10, requests: 3 },
    { month: "2025-04", outcome: "refused", daysToDecision: 30, requests: 1 },
    { month: "2025-05", outcome: "partly_approved", daysToDecision: 20, requests: 2 },
    { month: "2025-05", outcome: "pending", daysToDecision: -1, requests: 4 },
  ],
});
const table = (id: string) => {
  const found = view.sections.find((s) => s.id === id)?.table;
  if (!found) throw new Error(`no table ${id}`);
  return found;
};

describe("the uptake dashboard", () => {
  it("counts active budgets, those with an EHC plan and the share of EHC plans with one", () => {
    const rows = table("active-by-month").rows;
    expect(rows[0]).toMatchObject({ month: "2025-04", active: 6, withEhcp: 4, withoutEhcp: 2, ehcps: 20, ehcpsWithoutBudget: 16, withDp: 4, withoutDp: 2, share: 20 });
    expect(rows[1]).toMatchObject({ active: 9, withEhcp: 6, withoutEhcp: 3, ehcps: 24, ehcpsWithoutBudget: 18, withDp: 6, withoutDp: 3, share: 25 });
    expect(table("active-by-month").drills?.[1]?.withoutDp).toEqual({ measure: "budgets", month: "2025-05", recipient: "none" });
    expect(table("active-by-month").drills?.[1]?.withEhcp).toEqual({ measure: "budgets", month: "2025-05", hasEhcp: true });
    expect(table("active-by-month").drills?.[1]?.withoutEhcp).toEqual({ measure: "budgets", month: "2025-05", hasEhcp: false });
  });

  it("has no census for a month not reached yet: it shows – and opens no rows", () => {
    const t = table("active-by-month");
    expect(t.rows[2]).toEqual({ month: "2025-06", active: null, withEhcp: null, withoutEhcp: null, ehcps: null, ehcpsWithoutBudget: null, withDp: null, withoutDp: null, share: null });
    expect(t.drills?.[2]).toEqual({});
    expect(t.note).toContain("A month that has not ended yet shows –.");
  });

  it("counts requests by outcome, and received is their sum", () => {
    const t = table("requests-by-month");
    expect(t.rows[0]).toMatchObject({ received: 4, approved: 3, refused: 1, partly_approved: 0 });
    expect(t.totalRow).toMatchObject({ received: 10, approved: 3, partly_approved: 2, refused: 1, pending: 4 });
    expect(t.drills?.[1]?.pending).toEqual({ measure: "requests", month: "2025-05", outcome: "pending" });
  });

  it("counts direct payments by recipient at the month asked, leaving out budgets without one", () => {
    const t = table("direct-payments-by-recipient");
    expect(t.rows.map((r) => r.budgets)).toEqual([5, 1, 0, 0]);
    expect(t.totalRow).toMatchObject({ budgets: 6 });
    expect(t.drills?.[0]?.budgets).toEqual({ measure: "budgets", month: "2025-05", recipient: "parent" });
  });

  it("gives the median and 90th percentile of days to decision, leaving out undecided requests", () => {
    const t = table("time-to-decision");
    expect(t.rows.at(-1)).toMatchObject({ outcome: "All decided", decided: 6, median: 10, p90: 30 });
    expect(t.rows[0]).toMatchObject({ outcome: "Approved", decided: 3, median: 10, p90: 10 });
  });

  it("declares All decided a subtotal of the outcomes, each outcome's decided the requests table's total, and the figures worked out from them", () => {
    const t = table("time-to-decision");
    expect(t.subtotals).toEqual([{ row: 3, of: [0, 1, 2] }]);
    expect(t.columns.filter((c) => c.derivedFrom).map((c) => [c.key, c.derivedFrom])).toEqual([["timed", ["decided"]], ["median", ["timed"]], ["p90", ["timed"]]]);
    expect(table("active-by-month").columns.find((c) => c.key === "share")?.derivedFrom).toEqual(["withEhcp", "ehcps"]);
    expect(view.sums).toEqual([
      ...["approved", "partly_approved", "refused"].map((o, i) => ({
        total: { table: "time-to-decision", row: i, column: "decided" }, parts: [{ table: "requests-by-month", row: "total", column: o }],
      })),
      // Each month's EHC plans are those with a personal budget and those without, both shown.
      ...[0, 1, 2].map((i) => ({
        total: { table: "active-by-month", row: i, column: "ehcps" },
        parts: [{ table: "active-by-month", row: i, column: "withEhcp" }, { table: "active-by-month", row: i, column: "ehcpsWithoutBudget" }],
      })),
      // And its budgets with a direct payment and without; the last month ended's with one are the recipients table's total.
      ...[0, 1, 2].map((i) => ({
        total: { table: "active-by-month", row: i, column: "active" },
        parts: [{ table: "active-by-month", row: i, column: "withDp" }, { table: "active-by-month", row: i, column: "withoutDp" }],
      })),
      { total: { table: "active-by-month", row: 1, column: "withDp" }, parts: [{ table: "direct-payments-by-recipient", row: "total", column: "budgets" }] },
    ]);
    expect(table("active-by-month").rowSum).toEqual({ parts: ["withEhcp", "withoutEhcp"], total: "active" });
    expect(findUntrueRelations(toDashboardOutput(view))).toEqual([]);
  });

  it("protected whole, gives no outcome's count back through All decided or the requests table, and hides the medians of hidden counts", () => {
    const published = protectOutput(toDashboardOutput(view), { threshold: 5, method: "suppress" });
    expect(findDeterminedCells(published)).toEqual([]);
    const decided = published.tables.find((t) => t.id === "time-to-decision");
    expect(isSuppressed(decided?.rows[1]?.decided)).toBe(true);
    expect(isSuppressed(decided?.rows[1]?.median)).toBe(true);
  });

  it("checks the percentiles' group against the threshold by the requests they summarise, not all those decided", () => {
    // 6 refused, 2 with days (the dates of 4 run backward): the median of 2 requests would tell of each.
    const backdated = buildUptakeDashboard({
      period, asAtMonth: "2025-05", census: [], ehcps: [],
      requests: [
        { month: "2025-04", outcome: "refused", daysToDecision: 12, requests: 2 },
        { month: "2025-04", outcome: "refused", daysToDecision: -3, requests: 4 },
        { month: "2025-04", outcome: "approved", daysToDecision: 8, requests: 9 },
      ],
    });
    const raw = backdated.sections.find((s) => s.id === "time-to-decision")?.table;
    expect(raw?.rows[2]).toMatchObject({ outcome: "Refused", decided: 6, timed: 2, median: 12 });
    const output = protectOutput(toDashboardOutput(backdated), { threshold: 5, method: "suppress" });
    const refused = output.tables.find((t) => t.id === "time-to-decision")?.rows[2];
    expect(refused?.decided).toBe(6);
    expect([refused?.timed, refused?.median, refused?.p90].every(isSuppressed)).toBe(true);
    // All decided is their sum, so a complement is hidden too and the 2 cannot be worked out.
    expect(findDeterminedCells(output)).toEqual([]);
  });

  it("shows the budgets without an EHC plan, the plans without a budget and the budgets without a direct payment, so a small one is hidden, not worked out by subtraction", () => {
    const small = buildUptakeDashboard({
      period: resolveDashboardPeriod({ kind: "custom", fromMonth: "2025-04", toMonth: "2025-05" }),
      asAtMonth: "2025-05",
      census: [
        { month: "2025-04", hasEhcp: true, recipient: "parent", budgets: 11 },
        { month: "2025-04", hasEhcp: false, recipient: "none", budgets: 1 },
        { month: "2025-05", hasEhcp: true, recipient: "parent", budgets: 30 },
        { month: "2025-05", hasEhcp: false, recipient: "young_person", budgets: 19 },
        { month: "2025-05", hasEhcp: false, recipient: "none", budgets: 1 },
      ],
      ehcps: [{ month: "2025-04", ehcps: 40 }, { month: "2025-05", ehcps: 31 }],
      requests: [],
    });
    const shown = small.sections.find((s) => s.id === "active-by-month")?.table;
    expect(shown?.rows.map((r) => [r.active, r.withEhcp, r.withoutEhcp, r.ehcps, r.ehcpsWithoutBudget])).toEqual([[12, 11, 1, 40, 29], [50, 30, 20, 31, 1]]);
    // May: 50 budgets, 49 with a direct payment (the recipients table's total) and 1 without.
    expect(shown?.rows[1]).toMatchObject({ withDp: 49, withoutDp: 1 });
    expect(findUntrueRelations(toDashboardOutput(small))).toEqual([]);
    const published = protectOutput(toDashboardOutput(small), { threshold: 5, method: "suppress" });
    const rows = published.tables.find((t) => t.id === "active-by-month")?.rows;
    expect(isSuppressed(rows?.[0]?.withoutEhcp)).toBe(true);
    expect(isSuppressed(rows?.[1]?.ehcpsWithoutBudget)).toBe(true);
    expect(isSuppressed(rows?.[0]?.withoutDp)).toBe(true);
    expect(isSuppressed(rows?.[1]?.withoutDp)).toBe(true);
    expect(findDeterminedCells(published)).toEqual([]);
  });

  it("headlines the census at the last month not after the month asked", () => {
    expect(view.headlines[0]).toMatchObject({ label: "Active personal budgets at the end of May 2025", value: 9 });
    expect(view.headlines[1]?.value).toBe(25);
  });

  it("counts no census, rather than zeros or another period's, when no month of the period has ended yet", () => {
    const justBegun = buildUptakeDashboard({
      period: resolveDashboardPeriod({ kind: "custom", fromMonth: "2025-06", toMonth: "2025-08" }),
      asAtMonth: "2025-05",
      census: [{ month: "2025-05", hasEhcp: true, recipient: "parent", budgets: 5 }],
      ehcps: [{ month: "2025-05", ehcps: 24 }],
      requests: [{ month: "2025-06", outcome: "pending", daysToDecision: -1, requests: 2 }],
    });
    expect(justBegun.headlines[0]).toEqual({ label: "Active personal budgets (no month of this period has ended yet)", value: null, kind: "count" });
    expect(justBegun.headlines[1]?.value).toBeNull();
    expect(justBegun.headlines[2]?.value).toBe(2);
    const recipients = justBegun.sections.find((s) => s.id === "direct-payments-by-recipient")?.table;
    expect(recipients?.title).toMatch(/no month of this period has ended yet/);
    expect(recipients?.rows.every((r) => r.budgets === null)).toBe(true);
    expect(recipients?.totalRow).toMatchObject({ budgets: null });
    expect(recipients?.drills?.every((d) => Object.keys(d ?? {}).length === 0)).toBe(true);
  });
});
