import { todayIso } from "@pb/calendar";
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { inject, afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { adoptPreset } from "@pb/services";
import { openOwnTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { ConnectionKiller, councilFingerprint } from "./support/connection-faults";
import { addCase, toBase64 } from "./finance-fixtures";

// PostgreSQL only (PGlite has no server process to lose). A database of the file's own: the restart
// below terminates every connection to it, which would break the other files' tests in a shared one.
let database: Database;
let killer: ConnectionKiller;
let council: TestCouncil;

const api = (role: keyof TestCouncil["users"]) => callerFor(killer.db, council.users[role]);

/**
 * Calls `attempt` with the connection killed before the 2nd, 3rd, … statement of its transaction in
 * turn, checking after each that every row of the council is as it was, until a call runs to the end
 * untouched: that call is the retry, and it must succeed. Returns its result and how many kills it took.
 */
async function killAtEveryStatement<T>(attempt: () => Promise<T>): Promise<{ result: T; kills: number }> {
  const before = await councilFingerprint(database.db, council.id);
  for (let statement = 2; statement < 1000; statement++) {
    killer.arm(statement);
    const outcome = await attempt().then((result) => ({ ok: true as const, result }), (error: unknown) => ({ ok: false as const, error }));
    if (!killer.disarm()) {
      if (!outcome.ok) throw outcome.error;
      expect(await councilFingerprint(database.db, council.id)).not.toEqual(before);
      return { result: outcome.result, kills: statement - 2 };
    }
    expect(outcome.ok, `killed before statement ${statement}, the call still answered`).toBe(false);
    expect(await councilFingerprint(database.db, council.id), `killed before statement ${statement}`).toEqual(before);
  }
  throw new Error("the transaction never ended");
}

async function auditCount(action: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log where council_id = ${council.id} and action = ${action}`.execute(database.db);
  return rows[0]?.n ?? 0;
}

beforeAll(async () => {
  database = await openOwnTestDatabase("faults");
  const url = (database.raw.pg as unknown as { options: { connectionString: string } }).options.connectionString;
  killer = await ConnectionKiller.open(database, url ?? inject("postgresUrl"));
  council = await createTestCouncil(database.db, "Faults");
  await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
});
afterAll(async () => {
  await killer?.close();
  await database?.close();
});

describe("a connection killed inside a transaction leaves nothing partial, and the retry succeeds", () => {
  it("for a panel's approval of a request line", async () => {
    const childId = randomUUID();
    const planId = randomUUID();
    const db = database.db;
    await db.insertInto("child").values({ council_id: council.id, id: childId, reference: `K-${childId.slice(0, 8)}`, given_name: "Ada", family_name: "Lovelace", date_of_birth: "2014-02-01" }).execute();
    await db.insertInto("plan").values({ council_id: council.id, id: planId, child_id: childId, type: "ehcp", status: "annual_review", issued_on: "2023-09-01" }).execute();
    await db.insertInto("plan_outcome").values({ council_id: council.id, plan_id: planId, code: "E2", description: "Outcome E2" }).execute();
    const line = {
      stream: "education" as const, service: "specialist_equipment", arrangement: "organised" as const, recipient: null, onSchoolPremises: false, schoolAgreed: null,
      needIdentifiedByProfessional: true, annualCostPence: 123_456, commissionedCostPence: null, linkedOutcomes: ["E2"],
    };
    const created = await callerFor(db, council.users.case_officer).requests.create({ childId, planId, stage: "annual_review", receivedOn: "2026-05-01", lines: [line] });
    const view = await callerFor(db, council.users.panel_member).requests.get({ requestId: created.id });
    const lineId = view.lines[0]?.id ?? "";

    const { result, kills } = await killAtEveryStatement(() =>
      api("panel_member").decisions.record({ outcome: "approved", amountPence: null, arrangement: null, panel: "Multi-agency resource panel", reasons: [], requestLineId: lineId, requestVersion: view.version, decidedOn: "2026-05-20" }),
    );
    expect(kills).toBeGreaterThan(3);
    const decisions = await db.selectFrom("decision").select(["id", "outcome"]).where("council_id", "=", council.id).where("request_line_id", "=", lineId).execute();
    expect(decisions).toEqual([{ id: result.id, outcome: "approved" }]);
    expect(await auditCount("request.decided")).toBe(1);
  });

  it("for a payment run's creation, approval and settlement: each instalment paid once", async () => {
    const dp = await addCase(database.db, council.id, { annualAmountPence: 520_000, frequency: "quarterly", start: "2026-04-01", end: "2027-03-31" });
    const organised = await addCase(database.db, council.id, { annualAmountPence: 240_000, start: "2026-04-01", end: "2027-03-31", arrangement: "organised", stream: "education" });
    const finance = api("finance_officer");
    const key = randomUUID();
    const created = await killAtEveryStatement(() => finance.financeRuns.create({ from: "2026-04-01", to: "2026-05-31", payOn: todayIso(), idempotencyKey: key }));
    expect(created.result.created).toBe(true);

    const approved = await killAtEveryStatement(() => finance.financeRuns.approve({ runId: created.result.runId }));
    expect(approved.kills).toBeGreaterThan(3);
    // The direct payment's first quarter and the organised line's first two months.
    expect(approved.result.items).toHaveLength(3);
    const items = await sql<{ payment_id: string; n: number }>`select payment_id, count(*)::int as n from payment_run_item where council_id = ${council.id} group by 1`.execute(database.db);
    expect(items.rows.map((r) => r.n)).toEqual([1, 1, 1]);

    const remittance = ["Payment reference,Status,Date,Amount", ...approved.result.items.map((i) => `${i.reference},paid,${i.dueOn},${(i.netPence / 100).toFixed(2)}`)].join("\r\n");
    const settled = await killAtEveryStatement(() => finance.financeRuns.importRemittance({ runId: created.result.runId, fileBase64: toBase64(remittance) }));
    expect(settled.result).toEqual({ paid: 3, failed: 0, unchanged: 0 });
    const paid = await sql<{ n: number }>`select count(*)::int as n from payment where council_id = ${council.id} and status = 'paid'`.execute(database.db);
    expect(paid.rows[0]?.n).toBe(3);
    // The direct payment's quarter went into its account once.
    const entries = await sql<{ amount_pence: number }>`select amount_pence from account_entry where council_id = ${council.id} and kind = 'payment_in'`.execute(database.db);
    expect(entries.rows.map((r) => r.amount_pence)).toEqual(dp.amounts.slice(0, 1));
    expect(organised.paymentIds).toHaveLength(12);
  });

  it("for a direct payment return", async () => {
    const account = await database.db.selectFrom("dp_account").innerJoin("budget_line", (j) => j.onRef("budget_line.council_id", "=", "dp_account.council_id"))
      .select(["dp_account.id as accountId", "budget_line.id as lineId"]).where("dp_account.council_id", "=", council.id).where("budget_line.arrangement", "=", "direct_payment")
      .executeTakeFirstOrThrow();
    const record = () => api("finance_officer").financeReturns.record({ accountId: account.accountId, periodStart: "2026-04-01", receivedOn: "2026-09-20", lines: [{ budgetLineId: account.lineId, spentPence: 30_050 }], closingBalancePence: null, notes: "" });
    const { kills } = await killAtEveryStatement(record);
    expect(kills).toBeGreaterThan(3);
    const spending = await sql<{ amount_pence: number }>`select amount_pence from account_entry where council_id = ${council.id} and kind <> 'payment_in'`.execute(database.db);
    expect(spending.rows.map((r) => Math.abs(r.amount_pence))).toEqual([30_050]);
    expect(await database.db.selectFrom("dp_return").select("id").where("council_id", "=", council.id).execute()).toHaveLength(1);
  });
});

describe("PostgreSQL restarted under load", () => {
  it("is recovered by the same app: its pool drops the dead connections and later requests succeed", async () => {
    const users = [council.users.manager, council.users.case_officer, council.users.finance_officer];
    const calls = [
      (i: number) => callerFor(database.db, users[i % 3] ?? "").session.me(),
      (i: number) => callerFor(database.db, council.users.manager).dashboard.uptake({ period: { kind: "financial_year", label: i % 2 ? "2026-27" : "2025-26" } }),
      () => callerFor(database.db, council.users.case_officer).children.list({}),
    ];
    let stop = false;
    const outcomes = { ok: 0, failed: 0 };
    const client = async (k: number) => {
      for (let i = 0; !stop; i++) {
        await calls[(k + i) % calls.length]?.(i).then(() => (outcomes.ok += 1), () => (outcomes.failed += 1));
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, k) => client(k)));
    await new Promise((resolve) => setTimeout(resolve, 400));
    // What a restart does to the app: every connection it holds, busy or idle, is gone at once.
    const terminated = [await killer.terminateAll()];
    await new Promise((resolve) => setTimeout(resolve, 300));
    terminated.push(await killer.terminateAll());
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop = true;
    await load;
    expect(terminated[0]).toBeGreaterThan(0);
    expect(outcomes.ok).toBeGreaterThan(0);

    // Let the pool hear of the idle connections' deaths, as it would while no request came in.
    await killer.terminateAll();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => calls[i % calls.length]?.(i)));
    expect(after.filter((r) => r.status === "rejected")).toEqual([]);
  });
});
