import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withCouncil, type Database } from "@pb/db";
import { adoptPreset, approvePaymentRun, buildPaymentFile, createPaymentRun, getPaymentRun, importRemittance, recordPaymentOutcome, type ServiceContext } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { addCase, toBase64 } from "./finance-fixtures";

const TODAY = "2026-11-24";
let database: Database;
let council: TestCouncil;
// The references the first run gave the direct payment (£100) and the organised payment (£200).
let dpRef = "";
let orgRef = "";
const finance = <T>(work: (ctx: ServiceContext) => Promise<T>, today = TODAY) => inCouncil(database.db, council, "finance_officer", today, work);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? `${error.code}: ${error.message}` : `not a TRPCError: ${String(error)}`;
  }
}

async function liveItemsPerPayment(councilId: string): Promise<Map<string, number>> {
  const rows = await sql<{ payment_id: string; n: number }>`select payment_id, count(*)::int as n from payment_run_item where council_id = ${councilId} and outcome <> 'failed' group by payment_id`.execute(database.db);
  return new Map(rows.rows.map((r) => [r.payment_id, r.n]));
}

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Finance runs");
  await inCouncil(database.db, council, "admin", TODAY, (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
});
afterAll(async () => database?.close());

describe("payment runs", () => {
  it("gathers payable instalments, lists exceptions with why, and pays each once however often it is approved", async () => {
    const paid = await addCase(database.db, council.id, { annualAmountPence: 120_000, start: "2026-04-01", end: "2027-03-31" });
    const unsigned = await addCase(database.db, council.id, { annualAmountPence: 60_000, start: "2026-04-01", end: "2027-03-31", agreement: false });
    const organised = await addCase(database.db, council.id, { annualAmountPence: 240_000, start: "2026-04-01", end: "2027-03-31", arrangement: "organised", stream: "education" });
    const key = randomUUID();
    const first = await finance((ctx) => createPaymentRun(ctx, { from: "2026-12-01", to: "2026-12-31", payOn: "2026-11-28", idempotencyKey: key }));
    const again = await finance((ctx) => createPaymentRun(ctx, { from: "2026-12-01", to: "2026-12-31", payOn: "2026-11-28", idempotencyKey: key }));
    expect(again).toEqual({ runId: first.runId, created: false });

    const preview = await finance((ctx) => getPaymentRun(ctx, first.runId));
    expect(preview.status).toBe("draft");
    expect(preview.exceptions.map((x) => [x.childReference, x.reasons.map((r) => r.code)])).toEqual([[unsigned.childReference, ["NO_AGREEMENT"]]]);
    expect(preview.totals.netPence).toBe(10_000 + 20_000);

    const approved = await finance((ctx) => approvePaymentRun(ctx, { runId: first.runId }));
    expect(approved.items.map((i) => [i.childReference, i.netPence]).sort()).toEqual([[organised.childReference, 20_000], [paid.childReference, 10_000]].sort());
    expect(approved.items.map((i) => i.reference).sort()).toEqual(["R1-0001", "R1-0002"]);
    dpRef = approved.items.find((i) => i.childReference === paid.childReference)?.reference ?? "";
    orgRef = approved.items.find((i) => i.childReference === organised.childReference)?.reference ?? "";
    const twice = await finance((ctx) => approvePaymentRun(ctx, { runId: first.runId }));
    expect(twice.items).toHaveLength(2);

    // Another run over the same range finds nothing left to pay.
    const second = await finance((ctx) => createPaymentRun(ctx, { from: "2026-12-01", to: "2026-12-31", payOn: "2026-11-28", idempotencyKey: randomUUID() }));
    const secondApproved = await finance((ctx) => approvePaymentRun(ctx, { runId: second.runId }));
    expect(secondApproved.items).toEqual([]);
    expect([...(await liveItemsPerPayment(council.id)).values()].every((n) => n === 1)).toBe(true);
  });

  it("writes the payment file in the layout, with a control total and no bank details", async () => {
    const runs = await callerFor(database.db, council.users.finance_officer).financeRuns.list();
    const run = runs.find((r) => r.items === 2);
    if (!run) throw new Error("no run");
    const file = await finance((ctx) => buildPaymentFile(ctx, { runId: run.id, layoutId: "standard-bank" }));
    const lines = file.csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Payment reference,Payee,Pay on,Amount,Cost centre,Account code,Stream");
    expect(lines).toContain(`${dpRef},,28/11/2026,100.00,SC300,5300,social_care`);
    expect(lines).toContain(`${orgRef},,28/11/2026,200.00,ED100,5100,education`);
    expect(lines.at(-1)).toBe("CONTROL TOTAL,2,,300.00,,,");
    expect(file.totalPence).toBe(30_000);
  });

  it("marks payments from a remittance CSV, all or nothing, and never twice", async () => {
    const runs = await callerFor(database.db, council.users.finance_officer).financeRuns.list();
    const run = runs.find((r) => r.items === 2);
    if (!run) throw new Error("no run");
    const api = callerFor(database.db, council.users.finance_officer);
    const bad = [
      [`Payment reference,Status,Date,Amount\r\n${dpRef},paid,2026-11-20,100.00\r\n${orgRef},paid,2026-11-20,199.99\r\n`, /row 3, column Amount/],
      [`Payment reference,Status,Date,Amount\r\n${dpRef},paid,2026-11-20,100.00\r\nR9-0009,paid,2026-11-20,1.00\r\n`, /not a payment of this run/],
      [`Payment reference,Status,Date,Amount\r\n${dpRef},paid,2026-11-20,=1+99\r\n`, /formula/],
      [`Ref,Status,Date,Amount\r\n${dpRef},paid,2026-11-20,100.00\r\n`, /no "Payment reference" column/],
    ] as const;
    for (const [csv, message] of bad) {
      const code = await codeOf(api.financeRuns.importRemittance({ runId: run.id, fileBase64: toBase64(csv) }));
      expect(code).toMatch(/^BAD_REQUEST/);
      expect(code).toMatch(message);
    }
    const broken = new Uint8Array([...Buffer.from(`Payment reference,Status,Date,Amount\r\n${dpRef},paid,2026-11-20,100.00,`), 0xff]);
    expect(await codeOf(api.financeRuns.importRemittance({ runId: run.id, fileBase64: toBase64(broken) }))).toMatch(/BAD_REQUEST: file: is not valid UTF-8/);
    expect(await codeOf(api.financeRuns.importRemittance({ runId: run.id, fileBase64: "%%%" }))).toMatch(/BAD_REQUEST/);
    const untouched = await sql<{ n: number }>`select count(*)::int as n from payment where council_id = ${council.id} and status = 'paid'`.execute(database.db);
    expect(untouched.rows[0]?.n).toBe(0);

    const good = `Payment reference,Status,Date,Amount,Reason\r\n${dpRef},paid,20/11/2026,100.00,\r\n${orgRef},failed,2026-11-20,200.00,Account closed\r\n`;
    expect(await finance((ctx) => importRemittance(ctx, { runId: run.id, file: Buffer.from(good) }))).toEqual({ paid: 1, failed: 1, unchanged: 0 });
    expect(await finance((ctx) => importRemittance(ctx, { runId: run.id, file: Buffer.from(good) }))).toEqual({ paid: 0, failed: 0, unchanged: 2 });
    const entries = await sql<{ kind: string; amount_pence: number }>`select kind, amount_pence from account_entry where council_id = ${council.id}`.execute(database.db);
    expect(entries.rows).toEqual([{ kind: "payment_in", amount_pence: 10_000 }]);

    // Paid is history: the outcome cannot be changed, and the database itself refuses an edit.
    const view = await finance((ctx) => getPaymentRun(ctx, run.id));
    const paidItem = view.items.find((i) => i.outcome === "paid");
    if (!paidItem?.id) throw new Error("no paid item");
    const itemId = paidItem.id;
    await expect(finance((ctx) => recordPaymentOutcome(ctx, { itemId, outcome: "failed", on: "2026-11-21", reason: "" }))).rejects.toThrow(/never edited/);
    await expect(withCouncil(database.db, council.id, (trx) => trx.updateTable("payment").set({ amount_pence: 1 }).where("id", "=", paidItem.paymentId).execute())).rejects.toThrow(/never edited/);
    await expect(withCouncil(database.db, council.id, (trx) => trx.updateTable("payment_run_item").set({ outcome: "failed" }).where("id", "=", itemId).execute())).rejects.toThrow(/never edited/);
    await expect(withCouncil(database.db, council.id, (trx) => trx.deleteFrom("account_entry").execute())).rejects.toThrow(/permission denied/);
  });

  it("puts a failed payment in a later run, and pays it there once", async () => {
    const later = await finance((ctx) => createPaymentRun(ctx, { from: "2026-12-01", to: "2026-12-31", payOn: "2026-11-28", idempotencyKey: randomUUID() }));
    const view = await finance((ctx) => approvePaymentRun(ctx, { runId: later.runId }));
    expect(view.items.map((i) => [i.stream, i.netPence])).toEqual([["education", 20_000]]);
    expect([...(await liveItemsPerPayment(council.id)).values()].every((n) => n === 1)).toBe(true);
  });

  it("pays each instalment at most once when two runs over the same range are approved at the same moment", async () => {
    const racing = await createTestCouncil(database.db, "Race");
    await inCouncil(database.db, racing, "admin", TODAY, (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
    for (let i = 0; i < 6; i++) await addCase(database.db, racing.id, { annualAmountPence: 100_000 + i, start: "2026-04-01", end: "2027-03-31" });
    const as = <T>(work: (ctx: ServiceContext) => Promise<T>) => inCouncil(database.db, racing, "finance_officer", TODAY, work);
    const a = await as((ctx) => createPaymentRun(ctx, { from: "2026-12-01", to: "2027-01-31", payOn: "2026-11-30", idempotencyKey: randomUUID() }));
    const b = await as((ctx) => createPaymentRun(ctx, { from: "2026-12-01", to: "2027-01-31", payOn: "2026-11-30", idempotencyKey: randomUUID() }));
    // Two transactions (two connections on PostgreSQL) started together.
    const [ra, rb] = await Promise.all([as((ctx) => approvePaymentRun(ctx, { runId: a.runId })), as((ctx) => approvePaymentRun(ctx, { runId: b.runId }))]);
    expect(ra.items.length + rb.items.length).toBe(12);
    const live = await liveItemsPerPayment(racing.id);
    expect(live.size).toBe(12);
    expect([...live.values()].every((n) => n === 1)).toBe(true);
  });

  it("after a crash half way through approving, approving again pays each instalment once", async () => {
    const crashed = await createTestCouncil(database.db, "Crash");
    await inCouncil(database.db, crashed, "admin", TODAY, (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
    for (let i = 0; i < 3; i++) await addCase(database.db, crashed.id, { annualAmountPence: 90_000, start: "2026-04-01", end: "2027-03-31" });
    const as = <T>(work: (ctx: ServiceContext) => Promise<T>) => inCouncil(database.db, crashed, "finance_officer", TODAY, work);
    const run = await as((ctx) => createPaymentRun(ctx, { from: "2026-12-01", to: "2026-12-31", payOn: "2026-11-30", idempotencyKey: randomUUID() }));
    await expect(as(async (ctx) => {
      await approvePaymentRun(ctx, { runId: run.runId });
      throw new Error("the server died here");
    })).rejects.toThrow(/died/);
    expect((await liveItemsPerPayment(crashed.id)).size).toBe(0);
    const view = await as((ctx) => approvePaymentRun(ctx, { runId: run.runId }));
    expect(view.items).toHaveLength(3);
    expect([...(await liveItemsPerPayment(crashed.id)).values()]).toEqual([1, 1, 1]);
  });

  it("is for finance officers only", async () => {
    for (const role of ["admin", "manager", "commissioner", "case_officer", "panel_member"] as const) {
      expect(await codeOf(callerFor(database.db, council.users[role]).financeRuns.list())).toMatch(/^FORBIDDEN/);
    }
  });
});
