import { todayIso } from "@pb/calendar";
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Database } from "@pb/db";
import { MAX_PENCE } from "@pb/budgets";
import { adoptPreset } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { addCase } from "./finance-fixtures";

// Each input here answered 500 (or was stored mangled) before issue 19; each must now get a 4xx naming its field.
let database: Database;
let council: TestCouncil;
const as = (role: keyof TestCouncil["users"]) => callerFor(database.db, council.users[role]);

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (!(error instanceof TRPCError)) return `not a TRPCError: ${String(error)}`;
    // As the HTTP answer words it (trpc.ts): each field's path and what is wrong with it.
    const message = error.cause instanceof ZodError ? error.cause.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") : error.message;
    return `${error.code}: ${message}`;
  }
}

const child = { reference: "NUL-1", givenName: "Ada", familyName: "Lovelace", dateOfBirth: "2016-05-01", continuingCareEligible: false, shortBreaksLevel: null, transportEntitled: false, youngPersonHasCapacity: null, plan: null };

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Bad input defects");
  await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
});
afterAll(async () => database?.close());

describe("text with a NUL byte or a lone surrogate", () => {
  it("is refused with a 400 naming the field, wherever it is sent", async () => {
    expect(await outcome(as("case_officer").children.create({ ...child, givenName: "Ada\u0000" }))).toMatch(/^BAD_REQUEST: givenName: /);
    expect(await outcome(as("case_officer").children.list({ search: "a\u0000b" }))).toMatch(/^BAD_REQUEST: search: /);
    expect(await outcome(as("case_officer").children.create({ ...child, familyName: "Love\uD800lace" }))).toMatch(/^BAD_REQUEST: familyName: /);
    expect(await outcome(as("case_officer").children.create({ ...child, familyName: "Love\uDC00" }))).toMatch(/^BAD_REQUEST: familyName: /);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from child where council_id = ${council.id}`.execute(database.db);
    expect(rows[0]?.n).toBe(0);
  });

  it("names the field inside a policy document and a nested list", async () => {
    const draft = await as("admin").policy.openDraft({});
    const current = await as("admin").policy.get({ versionId: draft.draftId });
    const saved = outcome(as("admin").policy.saveDraft({ draftId: draft.draftId, version: current.version.version, document: { ...current.document, name: "Bad\u0000" }, changeNote: "x" }));
    expect(await saved).toMatch(/^BAD_REQUEST: document\.name: /);
    expect(await outcome(as("admin").policy.saveDraft({ draftId: draft.draftId, version: current.version.version, document: current.document, changeNote: "x\u0000" }))).toMatch(/^BAD_REQUEST: changeNote: /);
  });

  it("is still accepted when the pair is whole: an emoji is two code units, and stored as sent", async () => {
    const created = await as("case_officer").children.create({ ...child, reference: "EMOJI-1", givenName: "Zoë 🌈" });
    const row = await database.db.selectFrom("child").select("given_name").where("id", "=", created.id).executeTakeFirstOrThrow();
    expect(row.given_name).toBe("Zoë 🌈");
  });
});

describe("money", () => {
  it("is capped at one amount in every procedure: 2^53−1 pence and £1 trillion are refused naming the field", async () => {
    const c = await addCase(database.db, council.id, { annualAmountPence: 120_000, start: "2026-04-01", end: "2027-03-31" });
    const review = await database.db.insertInto("review").values({ council_id: council.id, child_id: c.childId, budget_id: c.budgetId, kind: "annual_review", due_on: "2026-10-01" }).returning(["id", "version"]).executeTakeFirstOrThrow();
    for (const annualAmountPence of [Number.MAX_SAFE_INTEGER, 100_000_000_000_000]) {
      const answer = await outcome(as("case_officer").reviews.recordOutcome({ reviewId: review.id, version: review.version, heldOn: "2026-10-01", outcome: "change", notes: "", change: { changeDate: "2026-11-01", lines: [{ budgetLineId: c.lineId, annualAmountPence }] } }));
      expect(answer).toMatch(/^BAD_REQUEST: change\.lines\.0\.annualAmountPence: must be at most £100,000,000\.00/);
    }
    const accountId = randomUUID();
    await database.db.insertInto("dp_account").values({ council_id: council.id, id: accountId, child_id: c.childId }).execute();
    const spent = await outcome(as("finance_officer").financeReturns.record({ accountId, periodStart: "2026-04-01", receivedOn: "2026-05-01", lines: [{ budgetLineId: c.lineId, spentPence: 100_000_000_000 }], closingBalancePence: null, notes: "" }));
    expect(spent).toMatch(/^BAD_REQUEST: lines\.0\.spentPence: must be at most £100,000,000\.00/);
  });

  it("is capped by the database at the same amount, so nothing that slips past the inputs is stored", async () => {
    const at = await addCase(database.db, council.id, { annualAmountPence: MAX_PENCE, frequency: "one_off", start: "2026-04-01", end: "2026-04-01" });
    expect(at.amounts).toEqual([MAX_PENCE]);
    await expect(addCase(database.db, council.id, { annualAmountPence: MAX_PENCE + 1, frequency: "one_off", start: "2026-04-01", end: "2026-04-01" })).rejects.toMatchObject({ code: "23514" });
  });
});

describe("dates", () => {
  it("outside 1900-01-01 to 2100-12-31 are refused naming the field", async () => {
    const c = await addCase(database.db, council.id, { annualAmountPence: 120_000, start: "2026-04-01", end: "2027-03-31" });
    const accountId = randomUUID();
    await database.db.insertInto("dp_account").values({ council_id: council.id, id: accountId, child_id: c.childId }).execute();
    const late = await outcome(as("finance_officer").financeReturns.record({ accountId, periodStart: "9999-12-31", receivedOn: "2026-05-01", lines: [{ budgetLineId: c.lineId, spentPence: 1 }], closingBalancePence: null, notes: "" }));
    expect(late).toMatch(/^BAD_REQUEST: periodStart: must be between 1900-01-01 and 2100-12-31/);
    expect(await outcome(as("case_officer").children.create({ ...child, reference: "OLD-9", dateOfBirth: "0001-01-01" }))).toMatch(/^BAD_REQUEST: dateOfBirth: must be between 1900-01-01 and 2100-12-31/);
    expect(await outcome(as("finance_officer").financeRuns.create({ from: "2026-12-01", to: "9999-12-31", payOn: "2100-12-31", idempotencyKey: randomUUID() }))).toMatch(/^BAD_REQUEST: to: must be between/);
  });
});

describe("races", () => {
  it("four payment runs made at once each get their own number", async () => {
    const made = await Promise.all(
      Array.from({ length: 4 }, () => outcome(as("finance_officer").financeRuns.create({ from: "2026-12-01", to: "2026-12-31", payOn: todayIso(), idempotencyKey: randomUUID() }))),
    );
    expect(made).toEqual(["OK", "OK", "OK", "OK"]);
    const numbers = await sql<{ n: number }>`select run_number as n from payment_run where council_id = ${council.id} order by run_number`.execute(database.db);
    expect(new Set(numbers.rows.map((r) => r.n)).size).toBe(numbers.rows.length);
  });

  it("an approval racing a hand payment of one of its instalments pays it once, and the loser is told what to do", async () => {
    for (let round = 0; round < 4; round++) {
      const c = await addCase(database.db, council.id, { annualAmountPence: 120_000, start: "2026-01-01", end: "2026-12-31" });
      const run = await as("finance_officer").financeRuns.create({ from: "2026-01-01", to: "2026-12-31", payOn: todayIso(), idempotencyKey: randomUUID() });
      const [approved, byHand] = await Promise.all([
        outcome(as("finance_officer").financeRuns.approve({ runId: run.runId })),
        outcome(as("finance_officer").budgets.markInstalmentPaid({ paymentId: c.paymentIds[0] ?? "", paidOn: "2026-01-01" })),
      ]);
      expect(approved).toBe("OK");
      expect(byHand).toMatch(/^(OK|CONFLICT: .*payment run .*record its outcome on the run)/);
      const live = await sql<{ n: number }>`select count(*)::int as n from payment_run_item where council_id = ${council.id} and payment_id = ${c.paymentIds[0] ?? ""} and outcome <> 'failed'`.execute(database.db);
      const paid = await database.db.selectFrom("payment").select("status").where("id", "=", c.paymentIds[0] ?? "").executeTakeFirstOrThrow();
      // Paid by hand and in a run would pay the family twice.
      expect(live.rows[0]?.n === 1 && paid.status === "paid", `round ${round}: ${byHand}`).toBe(false);
    }
  });
});
