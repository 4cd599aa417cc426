import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import {
  adoptPreset, approvePaymentRun, createPaymentRun, getDirectPaymentAccount, getPaymentRun, getRecoveryLetter, markRecoveryLetterSent, recordPaymentOutcome,
  recordRecoveryDecision, recordReturn, reverseAccountEntry, type ServiceContext,
} from "@pb/services";
import { openTestDatabase } from "./support/database";
import { createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { addCase } from "./finance-fixtures";

// Model-based: random sequences of schedules, runs (some raced), failures, reversals, returns and
// recoveries, through the real verbs and database, against a model of plain running sums.
const TODAY = "2027-06-30";
let database: Database;

type Real = { council: TestCouncil; accounts: Map<string, { childId: string; lineId: string; startsOn: string }>; runs: string[] };
type Model = { in: Map<string, number>; spent: Map<string, number>; recovered: Map<string, number> };
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const as = <T>(r: Real, work: (ctx: ServiceContext) => Promise<T>) => inCouncil(database.db, r.council, "finance_officer", TODAY, work);
const MONTHS = ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"];
const QUARTERS = ["2026-04-01", "2026-07-01", "2026-10-01", "2027-01-01"];
const QUARTER_ENDS = ["2026-06-30", "2026-09-30", "2026-12-31", "2027-03-31"];

async function accountIds(r: Real): Promise<string[]> {
  const rows = await database.db.selectFrom("dp_account").select(["id", "child_id"]).where("council_id", "=", r.council.id).execute();
  for (const row of rows) if (!r.accounts.has(row.id)) {
    const line = await database.db.selectFrom("budget_line as l").innerJoin("budget as b", "b.id", "l.budget_id").select(["l.id", "l.starts_on"]).where("b.child_id", "=", row.child_id).executeTakeFirstOrThrow();
    r.accounts.set(row.id, { childId: row.child_id, lineId: line.id, startsOn: line.starts_on });
  }
  return [...r.accounts.keys()].sort();
}

async function checkInvariants(m: Model, r: Real): Promise<void> {
  for (const id of await accountIds(r)) {
    const { totals } = await as(r, (ctx) => getDirectPaymentAccount(ctx, id));
    expect(totals.paymentsInPence).toBe(m.in.get(id) ?? 0);
    expect(totals.spendingPence).toBe(m.spent.get(id) ?? 0);
    expect(totals.recoveriesPence).toBe(m.recovered.get(id) ?? 0);
    expect(totals.balancePence).toBe((m.in.get(id) ?? 0) - (m.spent.get(id) ?? 0) - (m.recovered.get(id) ?? 0));
  }
  const twice = await sql<{ n: number }>`select count(*)::int as n from (
      select payment_id from payment_run_item where council_id = ${r.council.id} and outcome <> 'failed' group by payment_id having count(*) > 1
      union all select payment_id from account_entry where council_id = ${r.council.id} and kind = 'payment_in' group by payment_id having count(*) > 1) t`.execute(database.db);
  expect(twice.rows[0]?.n).toBe(0);
}

type Cmd = fc.AsyncCommand<Model, Real>;
const command = (name: string, act: (m: Model, r: Real) => Promise<void>): Cmd => ({
  check: () => true,
  run: async (m, r) => {
    await act(m, r);
    await checkInvariants(m, r);
  },
  toString: () => name,
});

const range = fc.tuple(fc.nat(11), fc.nat(3)).map(([start, length]) => {
  const from = MONTHS[start] ?? "2026-04";
  const to = MONTHS[Math.min(11, start + length)] ?? from;
  return { from: `${from}-01`, to: `${to}-28` };
});

const commands = [
  fc.tuple(fc.integer({ min: 0, max: 900_000 }), fc.constantFrom("monthly" as const, "quarterly" as const, "four_weekly" as const, "one_off" as const), fc.nat(11)).map(([amount, frequency, start]) =>
    command(`schedule(${amount}, ${frequency}, ${MONTHS[start]})`, async (_m, r) => {
      await addCase(database.db, r.council.id, { annualAmountPence: amount, frequency, start: `${MONTHS[start] ?? "2026-04"}-15`, end: "2027-03-31" });
    }),
  ),
  range.map((rg) => command(`run(${rg.from}..${rg.to})`, async (_m, r) => {
    const { runId } = await as(r, (ctx) => createPaymentRun(ctx, { ...rg, payOn: TODAY, idempotencyKey: randomUUID() }));
    await as(r, (ctx) => approvePaymentRun(ctx, { runId }));
    r.runs.push(runId);
  })),
  range.map((rg) => command(`race(${rg.from}..${rg.to})`, async (_m, r) => {
    const a = await as(r, (ctx) => createPaymentRun(ctx, { ...rg, payOn: TODAY, idempotencyKey: randomUUID() }));
    const b = await as(r, (ctx) => createPaymentRun(ctx, { ...rg, payOn: TODAY, idempotencyKey: randomUUID() }));
    await Promise.all([as(r, (ctx) => approvePaymentRun(ctx, { runId: a.runId })), as(r, (ctx) => approvePaymentRun(ctx, { runId: b.runId }))]);
    r.runs.push(a.runId, b.runId);
  })),
  fc.tuple(fc.nat(20), fc.boolean()).map(([k, paid]) => command(`settle(${k}, ${paid ? "paid" : "failed"})`, async (m, r) => {
    const pending = [];
    for (const runId of r.runs) pending.push(...(await as(r, (ctx) => getPaymentRun(ctx, runId))).items.filter((i) => i.outcome === "pending"));
    const item = pending[k % Math.max(1, pending.length)];
    if (!item?.id) return;
    const itemId = item.id;
    await as(r, (ctx) => recordPaymentOutcome(ctx, { itemId, outcome: paid ? "paid" : "failed", on: item.dueOn, reason: "" }));
    if (!paid) return;
    const row = await database.db.selectFrom("payment_run_item").select("account_id").where("id", "=", itemId).executeTakeFirstOrThrow();
    if (!row.account_id) return;
    add(m.in, row.account_id, item.grossPence);
    add(m.recovered, row.account_id, item.deductionPence);
  })),
  fc.tuple(fc.nat(3), fc.nat(20)).map(([a, k]) => command(`reverse(${a}, ${k})`, async (m, r) => {
    const id = (await accountIds(r))[a % Math.max(1, r.accounts.size)];
    if (!id) return;
    const { entries } = await as(r, (ctx) => getDirectPaymentAccount(ctx, id));
    const open = entries.filter((e) => e.kind !== "reversal" && !e.reversed);
    const target = open[k % Math.max(1, open.length)];
    if (!target) return;
    await as(r, (ctx) => reverseAccountEntry(ctx, { accountId: id, entryId: target.id, reason: "Model correction", on: TODAY }));
    add(target.kind === "payment_in" ? m.in : target.kind === "spending" ? m.spent : m.recovered, id, -target.amountPence);
  })),
  fc.tuple(fc.nat(3), fc.nat(3), fc.integer({ min: 0, max: 40_000 })).map(([a, q, spent]) => command(`return(${a}, ${QUARTERS[q]}, ${spent})`, async (m, r) => {
    const id = (await accountIds(r))[a % Math.max(1, r.accounts.size)];
    const account = id ? r.accounts.get(id) : undefined;
    const periodStart = QUARTERS[q] ?? "2026-04-01";
    if (!id || !account) return;
    const exists = await database.db.selectFrom("dp_return").select("id").where("account_id", "=", id).where("period_start", "=", periodStart).executeTakeFirst();
    if (exists) return;
    const record = as(r, (ctx) => recordReturn(ctx, { accountId: id, periodStart, receivedOn: TODAY, lines: [{ budgetLineId: account.lineId, spentPence: spent }], closingBalancePence: null, notes: "" }));
    // A line that starts after the quarter ends had no money in it then: the return is refused, naming the line.
    const quarterEnd = QUARTER_ENDS[q] ?? "2026-06-30";
    if (account.startsOn > quarterEnd) {
      await expect(record).rejects.toMatchObject({ field: "lines.0.budgetLineId" });
      return;
    }
    await record;
    add(m.spent, id, spent);
  })),
  fc.tuple(fc.nat(3), fc.integer({ min: 1, max: 100 })).map(([a, share]) => command(`recover(${a}, ${share}%)`, async (_m, r) => {
    const id = (await accountIds(r))[a % Math.max(1, r.accounts.size)];
    const account = id ? r.accounts.get(id) : undefined;
    if (!id || !account) return;
    const view = await as(r, (ctx) => getDirectPaymentAccount(ctx, id));
    if (view.underspend.status !== "flagged") return;
    const outstanding = view.decisions.reduce((s, d) => s + d.recoverPence - d.recoveredPence, 0);
    const recoverPence = Math.floor(((view.totals.balancePence - outstanding) * share) / 100);
    if (recoverPence <= 0 || view.totals.balancePence - outstanding <= view.underspend.thresholdPence) return;
    const decisionId = await as(r, (ctx) => recordRecoveryDecision(ctx, { accountId: id, kind: "underspend", financialYear: null, budgetLineId: account.lineId, contingencyPence: 0, plannedPence: 0, recoverPence, method: "offset", reasons: "Model: money built up, decided case by case." }));
    const letter = await as(r, (ctx) => getRecoveryLetter(ctx, { decisionId }));
    await as(r, (ctx) => markRecoveryLetterSent(ctx, { decisionId, version: letter.version, sentOn: TODAY }));
  })),
];

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

describe("finance against the database (fast-check, model-based)", () => {
  it("keeps balance = payments in − spending − recoveries to the penny, and never pays an instalment twice", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (cmds) => {
        const council = await createTestCouncil(database.db, `Model ${++n}`);
        await inCouncil(database.db, council, "admin", TODAY, (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
        await addCase(database.db, council.id, { annualAmountPence: 120_000, start: "2026-04-01", end: "2027-03-31" });
        await addCase(database.db, council.id, { annualAmountPence: 520_000, frequency: "quarterly", start: "2026-04-01", end: "2027-03-31" });
        await fc.asyncModelRun(() => ({ model: { in: new Map(), spent: new Map(), recovered: new Map() }, real: { council, accounts: new Map(), runs: [] } }), cmds);
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});
