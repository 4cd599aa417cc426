import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPaidSpendByMonthAndStream, withCouncil, type Database } from "@pb/db";
import {
  adoptPreset, approvePaymentRun, createPaymentRun, getDirectPaymentAccount, getReconciliation, getRecoveryLetter, importRemittance, listReturnsDue,
  listWorkQueues, markRecoveryLetterSent, previewStatementImport, recordRecoveryDecision, recordRecoveryReceived, recordReturn, recordReturnReminder, listYearEndCandidates,
  type ServiceContext,
} from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { addCase, toBase64, type DirectPaymentCase } from "./finance-fixtures";

const TODAY = "2026-11-24";
let database: Database;
let council: TestCouncil;
let dp: DirectPaymentCase;
let accountId: string;
const finance = <T>(work: (ctx: ServiceContext) => Promise<T>, today = TODAY) => inCouncil(database.db, council, "finance_officer", today, work);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? `${error.code}: ${error.message}` : `not a TRPCError: ${String(error)}`;
  }
}

async function runAndPay(from: string, to: string): Promise<{ runId: string; netPence: number; deductionPence: number }> {
  const { runId } = await finance((ctx) => createPaymentRun(ctx, { from, to, payOn: TODAY, idempotencyKey: randomUUID() }));
  const view = await finance((ctx) => approvePaymentRun(ctx, { runId }));
  const csv = ["Payment reference,Status,Date,Amount", ...view.items.map((i) => `${i.reference},paid,${i.dueOn < TODAY ? i.dueOn : TODAY},${(i.netPence / 100).toFixed(2)}`)].join("\r\n");
  await finance((ctx) => importRemittance(ctx, { runId, file: Buffer.from(csv) }));
  return { runId, netPence: view.totals.netPence, deductionPence: view.totals.deductionPence };
}

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Finance returns");
  await inCouncil(database.db, council, "admin", TODAY, (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  // £5,200 a year paid quarterly: £1,300 a quarter; Surrey's 6 weeks of it is £600.
  dp = await addCase(database.db, council.id, { annualAmountPence: 520_000, frequency: "quarterly", start: "2026-04-01", end: "2027-03-31" });
  await runAndPay("2026-04-01", "2026-10-31");
  accountId = (await database.db.selectFrom("dp_account").select("id").where("child_id", "=", dp.childId).executeTakeFirstOrThrow()).id;
});
afterAll(async () => database?.close());

describe("returns", () => {
  it("are due per quarter, late after the due date, and overdue after the policy's reminders; they feed the work queue", async () => {
    const due = await finance((ctx) => listReturnsDue(ctx));
    expect(due.remindersBeforeEscalation).toBe(2);
    expect(due.rows.map((r) => [r.periodStart, r.state])).toEqual([["2026-04-01", "late"], ["2026-07-01", "late"]]);
    await finance((ctx) => recordReturnReminder(ctx, { accountId, periodStart: "2026-04-01", sentOn: "2026-08-01" }));
    await finance((ctx) => recordReturnReminder(ctx, { accountId, periodStart: "2026-04-01", sentOn: "2026-09-01" }));
    const after = await finance((ctx) => listReturnsDue(ctx));
    expect(after.rows.map((r) => [r.periodStart, r.state])).toEqual([["2026-04-01", "overdue"], ["2026-07-01", "late"]]);
    const queues = await finance((ctx) => listWorkQueues(ctx, ["finance_officer"]));
    const returnsQueue = queues.find((q) => q.id === "returns_due");
    expect(returnsQueue?.items.map((i) => i.detail)).toEqual([
      "Return for April to June 2026: overdue, escalate it; 2 of 2 reminders sent",
      "Return for July to September 2026: late; no reminder sent yet (escalated after 2)",
    ]);
    expect(due.notes.join(" ")).toMatch(/escalated after 2/);
  });

  it("are prefilled from a statement CSV with a column mapping, and recorded as spending on the account", async () => {
    const statement = "Date,Description,Money out,Money in,Balance\r\n03/04/2026,Council,,1300.00,1300.00\r\n10/05/2026,PA wages,250.00,,1050.00\r\n20/06/2026,\"Activity, swimming\",50.50,,999.50\r\n02/07/2026,PA wages,100.00,,899.50\r\n";
    const preview = await finance((ctx) => previewStatementImport(ctx, { accountId, periodStart: "2026-04-01", mapping: { date: "Date", description: "Description", paidOut: "Money out", paidIn: "Money in", balance: "Balance" }, file: Buffer.from(statement) }));
    expect([preview.spentPence, preview.receivedPence, preview.closingBalancePence, preview.outsidePeriod]).toEqual([30_050, 130_000, 99_950, 1]);
    expect(preview.suggestedLines).toEqual([{ budgetLineId: dp.lineId, spentPence: 30_050 }]);
    const api = callerFor(database.db, council.users.finance_officer);
    expect(await codeOf(api.financeReturns.previewStatement({ accountId, periodStart: "2026-04-01", mapping: { date: "When", amount: "Amount" }, fileBase64: toBase64(statement) }))).toMatch(/BAD_REQUEST: columns: the file has no "When"/);

    const returnId = await finance((ctx) => recordReturn(ctx, { accountId, periodStart: "2026-04-01", receivedOn: "2026-09-20", lines: preview.suggestedLines, closingBalancePence: preview.closingBalancePence, notes: "" }));
    expect(await codeOf(api.financeReturns.record({ accountId, periodStart: "2026-04-01", receivedOn: "2026-09-20", lines: preview.suggestedLines, closingBalancePence: null, notes: "" }))).toMatch(/CONFLICT: A return for .* is already recorded/);
    const account = await finance((ctx) => getDirectPaymentAccount(ctx, accountId));
    expect(account.totals).toEqual({ paymentsInPence: 390_000, spendingPence: 30_050, recoveriesPence: 0, balancePence: 359_950 });
    expect(account.returns.find((r) => r.periodStart === "2026-04-01")).toMatchObject({ state: "received", returnId, spentPence: 30_050 });
  });

  it("keep evidence files checked by their content and size; a bad file is refused and nothing is stored", async () => {
    const account = await finance((ctx) => getDirectPaymentAccount(ctx, accountId));
    const returnId = account.returns.find((r) => r.returnId)?.returnId;
    if (!returnId) throw new Error("no return");
    const api = callerFor(database.db, council.users.finance_officer);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    await api.financeReturns.addEvidence({ returnId, fileName: "statement.txt", fileBase64: toBase64(pdf) });
    expect(await codeOf(api.financeReturns.addEvidence({ returnId, fileName: "receipt.pdf", fileBase64: toBase64("MZ not really a pdf") }))).toMatch(/BAD_REQUEST: file: is not a PDF, PNG, JPEG or CSV file/);
    expect(await codeOf(api.financeReturns.addEvidence({ returnId, fileName: "big.pdf", fileBase64: toBase64(Buffer.alloc(5 * 1024 * 1024 + 10, 0x25)) }))).toMatch(/BAD_REQUEST/);
    const stored = await sql<{ media_type: string; file_name: string }>`select media_type, file_name from evidence_file where council_id = ${council.id}`.execute(database.db);
    expect(stored.rows).toEqual([{ media_type: "application/pdf", file_name: "statement.txt" }]);
  });
});

describe("underspend and recovery", () => {
  it("flags an account holding more than the policy's weeks, and recovers nothing without a reasoned decision", async () => {
    const account = await finance((ctx) => getDirectPaymentAccount(ctx, accountId));
    expect(account.underspend).toEqual({ status: "flagged", weeks: 6, thresholdPence: 60_000, excessPence: 299_950, noBudgetInForce: false });
    const api = callerFor(database.db, council.users.finance_officer);
    const base = { accountId, kind: "underspend" as const, financialYear: null, budgetLineId: dp.lineId, contingencyPence: 20_000, plannedPence: 50_000, method: "offset" as const };
    expect(await codeOf(api.financeRecovery.decide({ ...base, recoverPence: 50_000, reasons: "over 6 weeks" }))).toMatch(/BAD_REQUEST: reasons: must explain/);
    expect(await codeOf(api.financeRecovery.decide({ ...base, recoverPence: 289_951, reasons: "Money built up while the carer was off sick; see notes." }))).toMatch(/BAD_REQUEST: recoverPence: can be at most 289950 pence/);
    // The database refuses a recovery entry that names no decision.
    await expect(withCouncil(database.db, council.id, (trx) => trx.insertInto("account_entry").values({ council_id: council.id, account_id: accountId, kind: "recovery", amount_pence: 1, stream: "social_care", occurred_on: TODAY }).execute())).rejects.toThrow(/account_entry_recovery_check/);
    expect((await finance((ctx) => getDirectPaymentAccount(ctx, accountId))).totals.recoveriesPence).toBe(0);
  });

  it("takes a decided recovery from the next run, which pays less by exactly that amount, after the letter", async () => {
    const reasons = "Money built up while the personal assistant was off sick; a contingency and the summer scheme are kept.";
    const decisionId = await finance((ctx) => recordRecoveryDecision(ctx, { accountId, kind: "underspend", financialYear: null, budgetLineId: dp.lineId, contingencyPence: 20_000, plannedPence: 50_000, recoverPence: 45_678, method: "offset", reasons }));
    const letter = await finance((ctx) => getRecoveryLetter(ctx, { decisionId }));
    expect(letter).toMatchObject({ recoverPence: 45_678, reasons, reviewWithin: "15 days", recipientName: "Alex Example", method: "offset" });
    // Before the family is told, nothing is kept back.
    const draft = await finance((ctx) => createPaymentRun(ctx, { from: "2027-01-01", to: "2027-01-31", payOn: TODAY, idempotencyKey: randomUUID() }));
    const preview = await callerFor(database.db, council.users.finance_officer).financeRuns.get({ runId: draft.runId });
    expect(preview.totals.deductionPence).toBe(0);
    await finance((ctx) => markRecoveryLetterSent(ctx, { decisionId, version: letter.version, sentOn: TODAY }));

    const next = await runAndPay("2027-01-01", "2027-01-31");
    expect(next.deductionPence).toBe(45_678);
    expect(next.netPence).toBe((dp.amounts[3] ?? 0) - 45_678);
    const account = await finance((ctx) => getDirectPaymentAccount(ctx, accountId));
    expect(account.totals.recoveriesPence).toBe(45_678);
    expect(account.totals.balancePence).toBe(account.totals.paymentsInPence - account.totals.spendingPence - 45_678);
    expect(account.decisions[0]).toMatchObject({ recoveredPence: 45_678, letterSentOn: TODAY });
    // The draft opened before the letter, approved now, finds nothing left to pay or to recover.
    expect((await finance((ctx) => approvePaymentRun(ctx, { runId: draft.runId }))).items).toEqual([]);
  });

  it("offers the same decision at the year's end, recovered by invoice when the money comes back", async () => {
    const today = "2027-04-10";
    const candidates = await finance((ctx) => listYearEndCandidates(ctx), today);
    expect(candidates.map((c) => [c.accountId, c.financialYear, c.balanceAtYearEndPence > 0])).toEqual([[accountId, "2026-27", true]]);
    const decisionId = await finance((ctx) => recordRecoveryDecision(ctx, { accountId, kind: "year_end", financialYear: "2026-27", budgetLineId: dp.lineId, contingencyPence: 0, plannedPence: 0, recoverPence: 10_000, method: "invoice", reasons: "Left over at the end of the year; the family agreed it is not needed for next term." }), today);
    const letter = await finance((ctx) => getRecoveryLetter(ctx, { decisionId }), today);
    await expect(finance((ctx) => recordRecoveryReceived(ctx, { decisionId, amountPence: 10_000, receivedOn: today }), today)).rejects.toThrow(/letter/);
    await finance((ctx) => markRecoveryLetterSent(ctx, { decisionId, version: letter.version, sentOn: today }), today);
    await expect(finance((ctx) => recordRecoveryReceived(ctx, { decisionId, amountPence: 10_001, receivedOn: today }), today)).rejects.toThrow(/amountPence/);
    await finance((ctx) => recordRecoveryReceived(ctx, { decisionId, amountPence: 10_000, receivedOn: today }), today);
    await expect(finance((ctx) => recordRecoveryDecision(ctx, { accountId, kind: "year_end", financialYear: "2026-27", budgetLineId: dp.lineId, contingencyPence: 0, plannedPence: 0, recoverPence: 0, method: "none", reasons: "Second decision for the same year is refused." }), today)).rejects.toThrow(/already recorded/);
    expect(await finance((ctx) => listYearEndCandidates(ctx), today)).toEqual([]);
    const account = await finance((ctx) => getDirectPaymentAccount(ctx, accountId), today);
    expect(account.totals.recoveriesPence).toBe(55_678);
  });
});

describe("reconciliation", () => {
  it("agrees with the dashboards' paid figures and balances to the penny", async () => {
    const rec = await finance((ctx) => getReconciliation(ctx, { from: "2026-04-01", to: "2027-04-30" }));
    const dashboard = await withCouncil(database.db, council.id, (trx) => getPaidSpendByMonthAndStream(trx, { councilId: council.id, from: "2026-04-01", to: "2027-04-30" }));
    for (const row of dashboard) expect(rec.rows.find((r) => r.month === row.month && r.stream === row.stream)?.paidPence).toBe(row.amountPence);
    expect(rec.totals.paidPence).toBe(dashboard.reduce((s, r) => s + r.amountPence, 0));
    const account = await finance((ctx) => getDirectPaymentAccount(ctx, accountId), "2027-04-30");
    expect(rec.totals.spentPence).toBe(account.totals.spendingPence);
    expect(rec.totals.recoveredPence).toBe(account.totals.recoveriesPence);
    expect(rec.totals.unspentPence).toBe(account.totals.balancePence);
    expect(rec.totals.scheduledPence).toBe(520_000);
  });
});
