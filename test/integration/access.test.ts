import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { withCouncil, type Database } from "@pb/db";
import { openTestDatabase } from "./support/database";
import { addPaidPayments, callerFor, createTestCouncil, type TestCouncil } from "./support/councils";

let database: Database;
let north: TestCouncil;
let south: TestCouncil;

beforeAll(async () => {
  database = await openTestDatabase();
  north = await createTestCouncil(database.db, "North");
  south = await createTestCouncil(database.db, "South");
  await addPaidPayments(database.db, north.id, [
    { stream: "education", paidOn: "2025-04-10", amountPence: 100_001 },
    { stream: "health", paidOn: "2025-04-30", amountPence: 250_099 },
    { stream: "education", paidOn: "2026-03-31", amountPence: 1 },
    { stream: "transport", paidOn: "2026-04-01", amountPence: 777 }, // next financial year
  ]);
  await addPaidPayments(database.db, south.id, [{ stream: "social_care", paidOn: "2025-06-15", amountPence: 5_000 }]);
});
afterAll(async () => database?.close());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

describe("who may call the spend dashboard", () => {
  it("refuses a call with no session as UNAUTHORIZED", async () => {
    expect(await codeOf(callerFor(database.db, null).dashboard.spendByStream({ financialYear: "2025-26" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(callerFor(database.db, null).session.me())).toBe("UNAUTHORIZED");
  });

  it("refuses roles that do not read dashboards as FORBIDDEN", async () => {
    for (const role of ["case_officer", "panel_member", "finance_officer"] as const) {
      expect(await codeOf(callerFor(database.db, north.users[role]).dashboard.spendByStream({ financialYear: "2025-26" }))).toBe("FORBIDDEN");
    }
  });

  it("lets managers, commissioners and admins read their own council's figures", async () => {
    for (const role of ["manager", "commissioner", "admin"] as const) {
      const spend = await callerFor(database.db, north.users[role]).dashboard.spendByStream({ financialYear: "2025-26" });
      expect(spend.totals).toEqual({ education: 100_002, health: 250_099, social_care: 0, transport: 0, totalPence: 350_101 });
    }
  });

  it("never shows one council's figures to another council's user, even when asked for by id", async () => {
    const own = await callerFor(database.db, south.users.manager).dashboard.spendByStream({ financialYear: "2025-26" });
    expect(own.totals.totalPence).toBe(5_000);
    const asked = await callerFor(database.db, south.users.manager, north.id).dashboard.spendByStream({ financialYear: "2025-26" });
    expect(asked.totals.totalPence).toBe(5_000);
    const me = await callerFor(database.db, south.users.manager, north.id).session.me();
    expect(me.memberships.map((m) => m.councilId)).toEqual([south.id]);
    expect(me.currentCouncilId).toBe(south.id);
  });
});

describe("who may call the children and plans procedures", () => {
  const plan = { type: "ehcp" as const, status: "draft" as const, issuedOn: null, lastAnnualReviewOn: null, nextAnnualReviewOn: null, outcomes: [] };
  const child = { reference: "ACC-1", givenName: "A", familyName: "B", dateOfBirth: "2015-01-01", continuingCareEligible: false, shortBreaksLevel: null, transportEntitled: false, youngPersonHasCapacity: null };
  const list = { sort: "reference" as const, direction: "asc" as const, page: 1, pageSize: 10 };

  it("refuses no session as UNAUTHORIZED and a commissioner, who works with figures, as FORBIDDEN", async () => {
    expect(await codeOf(callerFor(database.db, null).children.list(list))).toBe("UNAUTHORIZED");
    expect(await codeOf(callerFor(database.db, north.users.commissioner).children.list(list))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(database.db, north.users.commissioner).children.get({ childId: north.id }))).toBe("FORBIDDEN");
  });

  it("lets only case officers and admins record or change children and plans", async () => {
    for (const role of ["manager", "commissioner", "panel_member", "finance_officer"] as const) {
      const caller = callerFor(database.db, north.users[role]);
      expect(await codeOf(caller.children.create({ ...child, plan }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.children.update({ ...child, childId: north.id, version: 1 }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.plans.create({ ...plan, childId: north.id }))).toBe("FORBIDDEN");
      expect(await codeOf(caller.plans.update({ ...plan, planId: north.id, version: 1 }))).toBe("FORBIDDEN");
    }
    for (const role of ["case_officer", "admin"] as const) {
      expect(await codeOf(callerFor(database.db, north.users[role]).children.create({ ...child, reference: role === "admin" ? "ACC-2" : "ACC-3", plan }))).toBe("OK");
    }
  });

  it("lets the roles that work cases read the list", async () => {
    for (const role of ["case_officer", "panel_member", "finance_officer", "admin", "manager"] as const) {
      expect(await codeOf(callerFor(database.db, north.users[role]).children.list(list))).toBe("OK");
    }
  });
});

describe("row-level security under the code", () => {
  it("hides other councils' rows inside a council transaction even without a where clause", async () => {
    const councils = await withCouncil(database.db, south.id, (trx) =>
      trx.selectFrom("payment").select(sql<string>`distinct council_id`.as("council_id")).execute(),
    );
    expect(councils.map((r) => r.council_id)).toEqual([south.id]);
  });

  it("refuses to write a row for another council inside a council transaction", async () => {
    await expect(
      withCouncil(database.db, south.id, (trx) =>
        trx.insertInto("audit_log").values({ council_id: north.id, action: "x", entity: "y", entity_id: null, actor_user_id: null, before: null, after: null }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("lets the application append to the audit log but never change or delete it", async () => {
    await withCouncil(database.db, south.id, (trx) =>
      trx.insertInto("audit_log").values({ council_id: south.id, action: "test", entity: "t", entity_id: null, actor_user_id: null, before: null, after: null }).execute(),
    );
    await expect(withCouncil(database.db, south.id, (trx) => trx.updateTable("audit_log").set({ action: "changed" }).execute())).rejects.toThrow(/permission denied/);
    await expect(withCouncil(database.db, south.id, (trx) => trx.deleteFrom("audit_log").execute())).rejects.toThrow(/permission denied/);
  });
});

describe("bad input", () => {
  const bad: unknown[] = [
    {},
    { financialYear: 2025 },
    { financialYear: "2025-27" },
    { financialYear: "x".repeat(100_000) },
    { financialYear: "2025-26", extra: true },
    null,
    "2025-26",
  ];
  it.each(bad.map((input) => [JSON.stringify(input)?.slice(0, 40), input]))("rejects %s with BAD_REQUEST naming the field", async (_label, input) => {
    const caller = callerFor(database.db, north.users.manager);
    const error = await caller.dashboard.spendByStream(input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });
});
