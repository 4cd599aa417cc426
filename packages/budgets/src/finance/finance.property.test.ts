import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeAccountTotals, type LedgerEntry } from "./ledger";
import { planPaymentRun, type RunCandidate } from "./payment-run";
import { checkRecoveryDecision, maxRecoverablePence } from "./recovery";

// The system: the pure rules wired the way the service verbs wire them, over in-memory tables.
type Item = { id: string; paymentId: string; accountId: string; gross: number; deduction: number; decisionId: string | null; outcome: "pending" | "paid" | "failed" };
class FinanceSystem {
  instalments: { id: string; accountId: string; amount: number }[] = [];
  items: Item[] = [];
  entries = new Map<string, (LedgerEntry & { itemId?: string })[]>();
  decisions: { id: string; accountId: string; amount: number; decidedOn: string }[] = [];
  private n = 0;
  nextId = (p: string) => `${p}${++this.n}`;
  ledger = (accountId: string) => this.entries.get(accountId) ?? this.entries.set(accountId, []).get(accountId) ?? [];
  balance = (accountId: string) => computeAccountTotals(this.ledger(accountId)).balancePence;

  run(): void {
    const live = new Set(this.items.filter((i) => i.outcome !== "failed").map((i) => i.paymentId));
    const candidates: RunCandidate[] = this.instalments
      .filter((p) => !live.has(p.id))
      .map((p) => ({ paymentId: p.id, accountId: p.accountId, stream: "social_care", arrangement: "direct_payment", dueOn: "2026-11-01", amountPence: p.amount, payable: true, reasons: [] }));
    const recoveries = this.decisions.map((d) => ({
      decisionId: d.id, accountId: d.accountId, decidedOn: d.decidedOn,
      outstandingPence: d.amount - this.items.filter((i) => i.decisionId === d.id && i.outcome !== "failed").reduce((s, i) => s + i.deduction, 0),
    }));
    for (const planned of planPaymentRun(candidates, recoveries).items) {
      this.items.push({ id: this.nextId("i"), paymentId: planned.paymentId, accountId: planned.accountId ?? "", gross: planned.grossPence, deduction: planned.deductionPence, decisionId: planned.recoveryDecisionId, outcome: "pending" });
    }
  }
  settle(index: number, paid: boolean): void {
    const item = this.items.filter((i) => i.outcome === "pending")[index];
    if (!item) return;
    item.outcome = paid ? "paid" : "failed";
    if (!paid) return;
    this.ledger(item.accountId).push({ id: this.nextId("e"), kind: "payment_in", amountPence: item.gross, reversesEntryId: null, itemId: item.id });
    if (item.deduction > 0) this.ledger(item.accountId).push({ id: this.nextId("e"), kind: "recovery", amountPence: item.deduction, reversesEntryId: null, itemId: item.id });
  }
  reverse(accountId: string, index: number): void {
    const ledger = this.ledger(accountId);
    const open = ledger.filter((e) => e.kind !== "reversal" && !ledger.some((r) => r.reversesEntryId === e.id));
    const target = open[index];
    if (target) ledger.push({ id: this.nextId("e"), kind: "reversal", amountPence: target.amountPence, reversesEntryId: target.id });
  }
  reportSpending(accountId: string, amount: number): void {
    if (amount > 0) this.ledger(accountId).push({ id: this.nextId("e"), kind: "spending", amountPence: amount, reversesEntryId: null });
  }
  decideRecovery(accountId: string, share: number): void {
    const balance = this.balance(accountId);
    const pending = this.decisions.filter((d) => d.accountId === accountId).reduce((s, d) => s + d.amount, 0) - this.ledger(accountId).filter((e) => e.kind === "recovery").reduce((s, e) => s + e.amountPence, 0);
    const recover = Math.floor((maxRecoverablePence({ balancePence: balance - Math.max(0, pending), contingencyPence: 0, plannedPence: 0 }) * share) / 100);
    const problems = checkRecoveryDecision({ kind: "year_end", balancePence: balance, thresholdPence: 0, contingencyPence: 0, plannedPence: 0, recoverPence: recover, method: recover > 0 ? "offset" : "none", reasons: "Left over at the year's end, decided with the family." });
    if (problems.length === 0 && recover > 0) this.decisions.push({ id: this.nextId("d"), accountId, amount: recover, decidedOn: "2026-04-01" });
  }
}

// The model: plain running sums, kept independently of the ledger code.
type Model = { in: Map<string, number>; spent: Map<string, number>; recovered: Map<string, number>; entryAmounts: Map<string, { account: string; kind: string; amount: number }> };
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const ACCOUNTS = ["A", "B", "C"];

function check(model: Model, sys: FinanceSystem): void {
  for (const account of ACCOUNTS) {
    const totals = computeAccountTotals(sys.ledger(account));
    expect(totals.paymentsInPence).toBe(model.in.get(account) ?? 0);
    expect(totals.spendingPence).toBe(model.spent.get(account) ?? 0);
    expect(totals.recoveriesPence).toBe(model.recovered.get(account) ?? 0);
    expect(totals.balancePence).toBe((model.in.get(account) ?? 0) - (model.spent.get(account) ?? 0) - (model.recovered.get(account) ?? 0));
  }
  // No instalment is ever paid twice, or sent twice while a send is outstanding.
  const live = sys.items.filter((i) => i.outcome !== "failed").map((i) => i.paymentId);
  expect(new Set(live).size).toBe(live.length);
  // A recovery never takes more than its decision, and no payment goes below nothing.
  for (const d of sys.decisions) expect(sys.items.filter((i) => i.decisionId === d.id && i.outcome !== "failed").reduce((s, i) => s + i.deduction, 0)).toBeLessThanOrEqual(d.amount);
  for (const i of sys.items) expect(i.gross - i.deduction).toBeGreaterThanOrEqual(0);
}

/** Mirrors every entry the system appends into the model's sums, so the model never reads the ledger's arithmetic. */
function mirror(model: Model, sys: FinanceSystem): void {
  for (const account of ACCOUNTS) {
    for (const e of sys.ledger(account)) {
      if (model.entryAmounts.has(e.id)) continue;
      model.entryAmounts.set(e.id, { account, kind: e.kind, amount: e.amountPence });
      if (e.kind === "payment_in") add(model.in, account, e.amountPence);
      if (e.kind === "spending") add(model.spent, account, e.amountPence);
      if (e.kind === "recovery") add(model.recovered, account, e.amountPence);
      if (e.kind === "reversal") {
        const target = model.entryAmounts.get(e.reversesEntryId ?? "");
        if (!target) throw new Error("reversal of an unknown entry");
        add(target.kind === "payment_in" ? model.in : target.kind === "spending" ? model.spent : model.recovered, account, -target.amount);
      }
    }
  }
}

type Cmd = fc.Command<Model, FinanceSystem>;
const step = (name: string, act: (s: FinanceSystem) => void): Cmd => ({
  check: () => true,
  run: (model, sys) => {
    act(sys);
    mirror(model, sys);
    check(model, sys);
  },
  toString: () => name,
});
const account = fc.constantFrom(...ACCOUNTS);
const commands = [
  fc.tuple(account, fc.integer({ min: 0, max: 50_000 })).map(([a, amount]) => step(`schedule(${a}, ${amount})`, (s) => s.instalments.push({ id: s.nextId("p"), accountId: a, amount }))),
  fc.constant(step("run()", (s) => s.run())),
  fc.constant(step("run() twice", (s) => { s.run(); s.run(); })),
  fc.tuple(fc.nat(8), fc.boolean()).map(([i, paid]) => step(`settle(${i}, ${paid})`, (s) => s.settle(i, paid))),
  fc.tuple(account, fc.nat(8)).map(([a, i]) => step(`reverse(${a}, ${i})`, (s) => s.reverse(a, i))),
  fc.tuple(account, fc.integer({ min: 0, max: 30_000 })).map(([a, amount]) => step(`return(${a}, ${amount})`, (s) => s.reportSpending(a, amount))),
  fc.tuple(account, fc.integer({ min: 0, max: 100 })).map(([a, share]) => step(`recover(${a}, ${share}%)`, (s) => s.decideRecovery(a, share))),
];

describe("finance model (fast-check, model-based)", () => {
  it("keeps every account's balance = payments in − spending − recoveries, and pays no instalment twice", () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 60 }), (cmds) => {
        const model: Model = { in: new Map(), spent: new Map(), recovered: new Map(), entryAmounts: new Map() };
        fc.modelRun(() => ({ model, real: new FinanceSystem() }), cmds);
      }),
      { numRuns: 300 },
    );
  });
});
