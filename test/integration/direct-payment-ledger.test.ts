import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillDirectPaymentLedger, type Database } from "@pb/db";
import { adoptPreset, approvePaymentRun, createPaymentRun, listReturnsDue } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { addCase, toBase64 } from "./finance-fixtures";

// However a direct payment instalment is marked paid, it is money into the family's account: one
// payment-in entry, the account opened if it is the first, the returns that follow, and the first review.

let database: Database;
let council: TestCouncil;
const finance = () => callerFor(database.db, council.users.finance_officer);

async function entriesOf(paymentId: string) {
  const rows = await sql<{ kind: string; amount_pence: number; account_id: string; occurred_on: string; child_id: string }>`
    select e.kind, e.amount_pence::int as amount_pence, e.account_id, e.occurred_on::text as occurred_on, a.child_id
    from account_entry e join dp_account a on a.council_id = e.council_id and a.id = e.account_id
    where e.council_id = ${council.id} and e.payment_id = ${paymentId}`.execute(database.db);
  return rows.rows;
}

async function firstReviews(childId: string): Promise<number> {
  const rows = await sql<{ n: number }>`select count(*)::int as n from review where council_id = ${council.id} and child_id = ${childId} and kind = 'first_dp_review'`.execute(database.db);
  return rows.rows[0]?.n ?? 0;
}

/** A payment run over one day, approved: the item of the given instalment. */
async function approvedRunItem(day: string, paymentId: string) {
  return inCouncil(database.db, council, "finance_officer", day, async (ctx) => {
    const run = await createPaymentRun(ctx, { from: day, to: day, payOn: day, idempotencyKey: randomUUID() });
    const approved = await approvePaymentRun(ctx, { runId: run.runId });
    const item = approved.items.find((i) => i.paymentId === paymentId);
    if (!item?.id || !item.reference) throw new Error("the instalment is in the run");
    return { runId: run.runId, item: { id: item.id, reference: item.reference, netPence: item.netPence } };
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Direct payment ledger");
  await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
});
afterAll(async () => database?.close());

describe("every way of marking a direct payment paid writes its one ledger entry", () => {
  it("by hand on the budget page: opens the family's account, enters the payment in once, and a return falls due", async () => {
    const c = await addCase(database.db, council.id, { annualAmountPence: 120_000, start: "2026-04-01", end: "2027-03-31" });
    const [first, second] = c.paymentIds;
    if (!first || !second) throw new Error("instalments");
    const before = await sql<{ n: number }>`select count(*)::int as n from dp_account where council_id = ${council.id} and child_id = ${c.childId}`.execute(database.db);
    expect(before.rows[0]?.n).toBe(0);

    await finance().budgets.markInstalmentPaid({ paymentId: first, paidOn: "2026-04-01" });
    expect(await entriesOf(first)).toEqual([{ kind: "payment_in", amount_pence: c.amounts[0], account_id: expect.any(String), occurred_on: "2026-04-01", child_id: c.childId }]);
    await expect(finance().budgets.markInstalmentPaid({ paymentId: first, paidOn: "2026-04-01" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await entriesOf(first)).toHaveLength(1);

    // The second instalment goes into the same account; the first review is set once.
    await finance().budgets.markInstalmentPaid({ paymentId: second, paidOn: "2026-05-01" });
    const [one] = await entriesOf(first);
    const [two] = await entriesOf(second);
    expect(two?.account_id).toBe(one?.account_id);
    expect(await firstReviews(c.childId)).toBe(1);

    // The returns follow from the account's first payment in: the quarter from April is due.
    const due = await inCouncil(database.db, council, "finance_officer", "2026-08-31", (ctx) => listReturnsDue(ctx));
    expect(due.rows.filter((r) => r.childId === c.childId).map((r) => r.periodStart)).toContain("2026-04-01");
  });

  it("by a payment run's recorded outcome: one payment in, into the account the run named", async () => {
    const c = await addCase(database.db, council.id, { annualAmountPence: 120_000, start: "2026-06-01", end: "2027-03-31" });
    const [first] = c.paymentIds;
    if (!first) throw new Error("instalments");
    const { item } = await approvedRunItem("2026-06-01", first);
    await finance().financeRuns.recordOutcome({ itemId: item.id, outcome: "paid", on: "2026-06-01", reason: "" });
    await finance().financeRuns.recordOutcome({ itemId: item.id, outcome: "paid", on: "2026-06-01", reason: "" });
    const entries = await entriesOf(first);
    expect(entries).toEqual([{ kind: "payment_in", amount_pence: c.amounts[0], account_id: expect.any(String), occurred_on: "2026-06-01", child_id: c.childId }]);
    expect(await firstReviews(c.childId)).toBe(1);
  });

  it("by a remittance import: one payment in, however often the file is imported", async () => {
    const c = await addCase(database.db, council.id, { annualAmountPence: 120_000, start: "2026-07-01", end: "2027-03-31" });
    const [first] = c.paymentIds;
    if (!first) throw new Error("instalments");
    const { runId, item } = await approvedRunItem("2026-07-01", first);
    const csv = `Payment reference,Status,Date,Amount\r\n${item.reference},paid,2026-07-01,${(item.netPence / 100).toFixed(2)}\r\n`;
    await finance().financeRuns.importRemittance({ runId, fileBase64: toBase64(csv) });
    await finance().financeRuns.importRemittance({ runId, fileBase64: toBase64(csv) });
    expect(await entriesOf(first)).toEqual([{ kind: "payment_in", amount_pence: c.amounts[0], account_id: expect.any(String), occurred_on: "2026-07-01", child_id: c.childId }]);
    expect(await firstReviews(c.childId)).toBe(1);
  });

  it("writes nothing to an account for an organised budget", async () => {
    const c = await addCase(database.db, council.id, { annualAmountPence: 120_000, start: "2026-04-01", end: "2027-03-31", arrangement: "organised", stream: "education" });
    const [first] = c.paymentIds;
    if (!first) throw new Error("instalments");
    await finance().budgets.markInstalmentPaid({ paymentId: first, paidOn: "2026-04-01" });
    expect(await entriesOf(first)).toEqual([]);
  });
});

describe("migration 0014's backfill", () => {
  it("gives every paid direct payment without its entry one (and its account), exactly once", async () => {
    // Paid as the old hand path left them: the row marked paid, no account, no entry.
    const c = await addCase(database.db, council.id, { annualAmountPence: 240_000, start: "2026-01-01", end: "2026-12-31" });
    const organised = await addCase(database.db, council.id, { annualAmountPence: 240_000, start: "2026-01-01", end: "2026-12-31", arrangement: "organised", stream: "education" });
    const paid = c.paymentIds.slice(0, 3);
    for (const [i, id] of paid.entries()) {
      await sql`update payment set status = 'paid', paid_on = ${`2026-0${i + 1}-02`}::date where council_id = ${council.id} and id = ${id}`.execute(database.db);
    }
    await sql`update payment set status = 'paid', paid_on = due_on where council_id = ${council.id} and id = ${organised.paymentIds[0] ?? ""}`.execute(database.db);
    // And one whose entry a hand payment already wrote is left as it is.
    const byHand = c.paymentIds[3] ?? "";
    await finance().budgets.markInstalmentPaid({ paymentId: byHand, paidOn: "2026-04-01" });

    // Scoped to this council: on PostgreSQL other files share the database, with fixtures of their own.
    const written = await backfillDirectPaymentLedger(database.db, council.id);
    expect(written).toBe(3);
    for (const [i, id] of paid.entries()) {
      expect(await entriesOf(id)).toEqual([{ kind: "payment_in", amount_pence: c.amounts[i], account_id: expect.any(String), occurred_on: `2026-0${i + 1}-02`, child_id: c.childId }]);
    }
    expect(await entriesOf(byHand)).toHaveLength(1);
    expect(await entriesOf(organised.paymentIds[0] ?? "")).toEqual([]);
    const accounts = await sql<{ n: number }>`select count(*)::int as n from dp_account where council_id = ${council.id} and child_id = ${c.childId}`.execute(database.db);
    expect(accounts.rows[0]?.n).toBe(1);

    expect(await backfillDirectPaymentLedger(database.db, council.id)).toBe(0);
    expect(await backfillDirectPaymentLedger(database.db, council.id)).toBe(0);
    const missing = await sql<{ n: number }>`select count(*)::int as n from payment p where p.council_id = ${council.id} and p.arrangement = 'direct_payment' and p.status = 'paid'
      and (select count(*) from account_entry e where e.council_id = p.council_id and e.payment_id = p.id and e.kind = 'payment_in') <> 1`.execute(database.db);
    expect(missing.rows[0]?.n).toBe(0);
  });
});
