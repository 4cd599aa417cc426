import { describe, expect, it } from "vitest";
import { computeAccountTotals, explainCannotReverse, type LedgerEntry } from "./ledger";
import { planPaymentRun, summarisePaymentRun, type RunCandidate } from "./payment-run";
import { buildReconciliation } from "./reconciliation";
import { checkRecoveryDecision, type RecoveryProposal } from "./recovery";

const e = (id: string, kind: LedgerEntry["kind"], amountPence: number, reversesEntryId: string | null = null): LedgerEntry => ({ id, kind, amountPence, reversesEntryId });

describe("the account ledger", () => {
  it("derives the balance from entries, reversals taking off the kind they undo", () => {
    const entries = [e("1", "payment_in", 10_000), e("2", "spending", 2_500), e("3", "recovery", 1_000), e("4", "payment_in", 500), e("5", "reversal", 500, "4"), e("6", "reversal", 2_500, "2")];
    expect(computeAccountTotals(entries)).toEqual({ paymentsInPence: 10_000, spendingPence: 0, recoveriesPence: 1_000, balancePence: 9_000 });
  });
  it("refuses malformed histories", () => {
    expect(() => computeAccountTotals([e("1", "spending", 0)])).toThrow(/above 0/);
    expect(() => computeAccountTotals([e("1", "payment_in", 5), e("2", "reversal", 4, "1")])).toThrow(/whole amount/);
    expect(() => computeAccountTotals([e("1", "payment_in", 5), e("2", "reversal", 5, "1"), e("3", "reversal", 5, "1")])).toThrow(/reversed twice/);
    expect(explainCannotReverse(e("2", "reversal", 5, "1"), [])).toMatch(/cannot itself be reversed/);
    expect(explainCannotReverse(e("1", "payment_in", 5), [e("2", "reversal", 5, "1")])).toMatch(/already been reversed/);
  });
});

const candidate = (paymentId: string, over: Partial<RunCandidate> = {}): RunCandidate => ({
  paymentId, accountId: "A", stream: "social_care", arrangement: "direct_payment", dueOn: "2026-11-01", amountPence: 10_000, payable: true, reasons: [], ...over,
});

describe("planning a payment run", () => {
  it("lists exceptions with why, and takes a recovery off the account's earliest payments", () => {
    const plan = planPaymentRun(
      [candidate("p3", { dueOn: "2026-11-20" }), candidate("p1"), candidate("p2", { payable: false, reasons: [{ code: "NO_AGREEMENT", message: "No signed agreement" }] }), candidate("o1", { accountId: null, arrangement: "organised" })],
      [{ decisionId: "d1", accountId: "A", outstandingPence: 12_000, decidedOn: "2026-10-01" }],
    );
    expect(plan.exceptions.map((x) => [x.paymentId, x.reasons[0]?.code])).toEqual([["p2", "NO_AGREEMENT"]]);
    expect(plan.items.map((i) => [i.paymentId, i.grossPence, i.deductionPence, i.netPence, i.recoveryDecisionId])).toEqual([
      ["o1", 10_000, 0, 10_000, null],
      ["p1", 10_000, 10_000, 0, "d1"],
      ["p3", 10_000, 2_000, 8_000, "d1"],
    ]);
    const totals = summarisePaymentRun(plan.items);
    expect([totals.count, totals.grossPence, totals.deductionPence, totals.netPence]).toEqual([3, 30_000, 12_000, 18_000]);
    expect(totals.rows.map((r) => [r.stream, r.arrangement, r.count])).toEqual([["social_care", "direct_payment", 2], ["social_care", "organised", 1]]);
  });
});

describe("recovery decisions", () => {
  const base: RecoveryProposal = { kind: "underspend", balancePence: 50_000, thresholdPence: 20_000, contingencyPence: 5_000, plannedPence: 10_000, recoverPence: 35_000, method: "offset", reasons: "Money has built up while the carer was away; the rest is kept for the summer." };
  it("accepts a reasoned decision that keeps contingency and planned spending", () => {
    expect(checkRecoveryDecision(base)).toEqual([]);
    expect(checkRecoveryDecision({ ...base, recoverPence: 0, method: "none" })).toEqual([]);
  });
  it("refuses no reasons, recovering more than is left after what is kept, and a method that does not fit", () => {
    expect(checkRecoveryDecision({ ...base, reasons: "  over 6 wks " }).map((p) => p.field)).toEqual(["reasons"]);
    expect(checkRecoveryDecision({ ...base, recoverPence: 35_001 }).map((p) => p.field)).toEqual(["recoverPence"]);
    expect(checkRecoveryDecision({ ...base, method: "none" }).map((p) => p.field)).toEqual(["method"]);
    expect(checkRecoveryDecision({ ...base, balancePence: 20_000, recoverPence: 0, method: "none" }).map((p) => p.field)).toEqual(["balancePence"]);
    expect(checkRecoveryDecision({ ...base, kind: "year_end", balancePence: 0, thresholdPence: 0, contingencyPence: 0, plannedPence: 0, recoverPence: 0, method: "none" }).map((p) => p.field)).toEqual(["balancePence"]);
  });
});

describe("reconciliation", () => {
  it("merges figures per month and stream and lists the differences", () => {
    const r = buildReconciliation([
      { month: "2026-11", stream: "health", scheduledPence: 1_000, paidPence: 800 },
      { month: "2026-11", stream: "health", paidInPence: 800, reversedPence: 100, spentPence: 300, recoveredPence: 50 },
      { month: "2026-10", stream: "education", paidPence: 5, paidInPence: 5 },
    ]);
    expect(r.rows.map((x) => [x.month, x.stream, x.notPaidPence, x.netPaidPence, x.unspentPence])).toEqual([["2026-10", "education", -5, 5, 5], ["2026-11", "health", 200, 700, 350]]);
    expect(r.totals.paidPence).toBe(805);
  });

  it("counts as unspent only what reached families' accounts, not what the council paid providers itself", () => {
    const r = buildReconciliation([
      { month: "2026-11", stream: "social_care", paidPence: 10_000, paidInPence: 4_000 },
      { month: "2026-11", stream: "social_care", spentPence: 3_500 },
    ]);
    expect(r.rows[0]).toMatchObject({ paidPence: 10_000, netPaidPence: 10_000, unspentPence: 500 });
  });
});
