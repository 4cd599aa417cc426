import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@pb/db";
import { adoptPreset, approvePaymentRun, buildPaymentFile, createPaymentRun, importRemittance, listPaymentRuns, reverseAccountEntry, type ServiceContext } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { addCase } from "./finance-fixtures";

const TODAY = "2026-11-24";
const SORT_CODE = "40-47-84";
const ACCOUNT_NUMBER = "70872490";
const ACCOUNT_NAME = "Morgan Quillfeather";
let database: Database;
let council: TestCouncil;
let accountId: string;
const logged: string[] = [];
const finance = <T>(work: (ctx: ServiceContext) => Promise<T>) => inCouncil(database.db, council, "finance_officer", TODAY, work);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

/** Every way the secret could be written: with and without separators. */
function containsBankDetails(text: string): boolean {
  return [SORT_CODE, SORT_CODE.replaceAll("-", ""), ACCOUNT_NUMBER, ACCOUNT_NAME].some((secret) => text.includes(secret));
}

beforeAll(async () => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
  }
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Finance accounts");
  await inCouncil(database.db, council, "admin", TODAY, (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  const dp = await addCase(database.db, council.id, { annualAmountPence: 120_000, start: "2026-04-01", end: "2027-03-31" });
  const run = await finance((ctx) => createPaymentRun(ctx, { from: "2026-04-01", to: "2026-05-31", payOn: TODAY, idempotencyKey: randomUUID() }));
  await finance((ctx) => approvePaymentRun(ctx, { runId: run.runId }));
  await finance((ctx) => importRemittance(ctx, { runId: run.runId, file: Buffer.from("Payment reference,Status,Date,Amount\r\nR1-0001,paid,2026-04-02,100.00\r\nR1-0002,paid,2026-05-02,100.00\r\n") }));
  const account = await database.db.selectFrom("dp_account").select("id").where("child_id", "=", dp.childId).executeTakeFirstOrThrow();
  accountId = account.id;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await database?.close();
});

describe("bank details", () => {
  it("are sealed in the database, shown masked, and revealed only to the finance officer with an audit row", async () => {
    const api = callerFor(database.db, council.users.finance_officer);
    const before = await api.financeAccounts.get({ accountId });
    await api.financeAccounts.saveBankDetails({ accountId, version: before.version, accountName: ACCOUNT_NAME, sortCode: SORT_CODE, accountNumber: ACCOUNT_NUMBER });
    const view = await api.financeAccounts.get({ accountId });
    expect(view.bankDetailsMasked).toBe("•••• 2490");
    expect(containsBankDetails(JSON.stringify(view))).toBe(false);

    const revealed = await api.financeAccounts.revealBankDetails({ accountId });
    expect(revealed).toEqual({ accountName: ACCOUNT_NAME, sortCode: "404784", accountNumber: ACCOUNT_NUMBER });
    const audits = await sql<{ action: string }>`select action from audit_log where council_id = ${council.id} and entity_id = ${accountId} order by id`.execute(database.db);
    expect(audits.rows.map((r) => r.action)).toEqual(["bank_details.save", "bank_details.reveal"]);
    await api.financeAccounts.revealBankDetails({ accountId });
    const reveals = await sql<{ n: number }>`select count(*)::int as n from audit_log where council_id = ${council.id} and action = 'bank_details.reveal'`.execute(database.db);
    expect(reveals.rows[0]?.n).toBe(2);
  });

  it("never reach another role", async () => {
    for (const role of ["admin", "manager", "commissioner", "case_officer", "panel_member"] as const) {
      const api = callerFor(database.db, council.users[role]);
      expect(await codeOf(api.financeAccounts.revealBankDetails({ accountId }))).toBe("FORBIDDEN");
      expect(await codeOf(api.financeAccounts.get({ accountId }))).toBe("FORBIDDEN");
      expect(await codeOf(api.financeAccounts.list())).toBe("FORBIDDEN");
    }
  });

  it("never appear in the database's bytes, the audit log, a payment file or a log", async () => {
    // The table's rows (bytea shown as hex and taken as raw bytes), and its heap file on disk after a checkpoint.
    const rows = await sql<{ row: string; sealed: Uint8Array | null }>`select t::text as row, t.bank_details_sealed as sealed from dp_account t`.execute(database.db);
    await sql`checkpoint`.execute(database.db);
    const file = await sql<{ bytes: Uint8Array }>`select pg_read_binary_file(pg_relation_filepath('dp_account')) as bytes`.execute(database.db);
    const heap = Buffer.from(file.rows[0]?.bytes ?? new Uint8Array());
    expect(heap.length).toBeGreaterThan(0);
    const dump = [...rows.rows.map((r) => `${r.row}\n${Buffer.from(r.sealed ?? []).toString("latin1")}`), heap.toString("latin1")].join("\n");
    expect(dump).toContain("2490"); // the mask's last four digits, and nothing more
    expect(containsBankDetails(dump)).toBe(false);
    const audit = await sql<{ row: string }>`select t::text as row from audit_log t where council_id = ${council.id}`.execute(database.db);
    expect(containsBankDetails(audit.rows.map((r) => r.row).join("\n"))).toBe(false);
    const runs = await finance((ctx) => listPaymentRuns(ctx));
    for (const run of runs) {
      for (const layoutId of ["standard-bank", "standard-prepaid-card"]) {
        const file = await finance((ctx) => buildPaymentFile(ctx, { runId: run.id, layoutId }));
        expect(containsBankDetails(file.csv)).toBe(false);
      }
    }
    expect(containsBankDetails(logged.join("\n"))).toBe(false);
    // Without PB_BANK_DETAILS_KEY, tests use the labelled development key, warned about once.
    expect(logged.filter((line) => line.includes("PB_BANK_DETAILS_KEY is not set"))).toHaveLength(1);
  });

  it("refuse bad sort codes and account numbers with the field named", async () => {
    const api = callerFor(database.db, council.users.finance_officer);
    const { version } = await api.financeAccounts.get({ accountId });
    await expect(api.financeAccounts.saveBankDetails({ accountId, version, accountName: "X", sortCode: "12-34", accountNumber: ACCOUNT_NUMBER })).rejects.toThrow(/sortCode: must be 6 digits/);
    await expect(api.financeAccounts.saveBankDetails({ accountId, version, accountName: "X", sortCode: SORT_CODE, accountNumber: "1234" })).rejects.toThrow(/accountNumber: must be 8 digits/);
  });
});

describe("the account ledger", () => {
  it("derives the balance from entries and corrects by reversing, never by editing", async () => {
    const api = callerFor(database.db, council.users.finance_officer);
    const before = await api.financeAccounts.get({ accountId });
    expect(before.totals).toEqual({ paymentsInPence: 20_000, spendingPence: 0, recoveriesPence: 0, balancePence: 20_000 });
    const second = before.entries.find((e) => e.kind === "payment_in" && e.occurredOn === "2026-05-02");
    if (!second) throw new Error("no entry");
    await finance((ctx) => reverseAccountEntry(ctx, { accountId, entryId: second.id, reason: "Returned by the bank", on: "2026-05-10" }));
    const after = await api.financeAccounts.get({ accountId });
    expect(after.totals.balancePence).toBe(10_000);
    expect(after.entries).toHaveLength(3);
    await expect(finance((ctx) => reverseAccountEntry(ctx, { accountId, entryId: second.id, reason: "Again", on: "2026-05-10" }))).rejects.toThrow(/already been reversed/);
    const reversal = after.entries.find((e) => e.kind === "reversal");
    if (!reversal) throw new Error("no reversal");
    await expect(finance((ctx) => reverseAccountEntry(ctx, { accountId, entryId: reversal.id, reason: "Undo", on: "2026-05-10" }))).rejects.toThrow(/cannot itself be reversed/);
  });
});
