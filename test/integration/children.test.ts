import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addYears, parseIsoDate, todayIso } from "@pb/calendar";
import { withCouncil, type Database } from "@pb/db";
import { adoptPreset, createChild } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

let database: Database;
let council: TestCouncil;
let other: TestCouncil;

// The procedures use the real date, so ages are set relative to it.
const today = parseIsoDate(todayIso());
const bornYearsAgo = (years: number, days = 0) => {
  const d = new Date(`${addYears(today, -years)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};
const inDays = (days: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const as = (who: TestCouncil, role: keyof TestCouncil["users"]) => callerFor(database.db, who.users[role]);

const facts = { continuingCareEligible: false, shortBreaksLevel: null, transportEntitled: false, youngPersonHasCapacity: null };
const ehcp = (overrides: Record<string, unknown> = {}) => ({
  type: "ehcp" as const,
  status: "final" as const,
  issuedOn: "2024-01-10",
  lastAnnualReviewOn: "2025-01-09",
  nextAnnualReviewOn: "2026-01-09",
  outcomes: [
    { code: "E1", description: "Reads with confidence by the end of Year 6" },
    { code: "E2", description: "Travels to school independently" },
  ],
  ...overrides,
});

async function count(table: "child" | "plan" | "plan_outcome" | "audit_log", councilId: string): Promise<number> {
  const row = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where council_id = ${councilId}`.execute(database.db);
  return row.rows[0]?.n ?? 0;
}

async function auditOf(councilId: string, entityId: string) {
  return database.db.selectFrom("audit_log").select(["action", "child_id", "actor_user_id", "before", "after"]).where("council_id", "=", councilId).where("entity_id", "=", entityId).orderBy("id").execute();
}

async function addActiveBudget(who: TestCouncil, childId: string, stream: string): Promise<void> {
  const budgetId = randomUUID();
  await database.db.insertInto("budget").values({ council_id: who.id, id: budgetId, child_id: childId, status: "active", starts_on: "2025-04-01" }).execute();
  await database.db
    .insertInto("budget_line")
    .values({ council_id: who.id, budget_id: budgetId, stream, service: "personal_assistant", arrangement: "organised", annual_amount_pence: 120_000, frequency: "monthly", starts_on: "2025-04-01", ends_on: "2026-03-31" })
    .execute();
}

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Children");
  other = await createTestCouncil(database.db, "Elsewhere");
});
afterAll(async () => database?.close());

describe("recording a child and a plan", () => {
  it("records a child with a first plan and its outcomes, auditing each without names or the date of birth", async () => {
    const created = await as(council, "case_officer").children.create({ reference: "NEW-1", givenName: "Ada", familyName: "Lovelace", dateOfBirth: bornYearsAgo(9), ...facts, plan: ehcp() });
    const view = await as(council, "case_officer").children.get({ childId: created.id });
    expect(view.child).toMatchObject({ reference: "NEW-1", givenName: "Ada", familyName: "Lovelace", dateOfBirth: bornYearsAgo(9), age: 9, version: 1 });
    expect(view.plans).toHaveLength(1);
    expect(view.plans[0]).toMatchObject({ id: created.planId, type: "ehcp", status: "final", issuedOn: "2024-01-10", nextAnnualReviewOn: "2026-01-09" });
    expect(view.plans[0]?.outcomes.map((o) => o.code)).toEqual(["E1", "E2"]);

    const childAudit = await auditOf(council.id, created.id);
    expect(childAudit).toEqual([
      expect.objectContaining({ action: "child.create", child_id: created.id, actor_user_id: council.users.case_officer, before: null, after: expect.objectContaining({ reference: "NEW-1", version: 1 }) }),
    ]);
    const planAudit = await auditOf(council.id, created.planId ?? "");
    expect(planAudit).toEqual([expect.objectContaining({ action: "plan.create", child_id: created.id, after: expect.objectContaining({ type: "ehcp", outcomes: ehcp().outcomes }) })]);
    const text = JSON.stringify([childAudit, planAudit]);
    expect(text).not.toContain("Lovelace");
    expect(text).not.toContain(bornYearsAgo(9));
    expect(view.history.entries.map((h) => h.action)).toEqual(["plan.create", "child.create"]);
  });

  it("keeps ages to 0 to 25 and adult care and support plans to those 18 or over, naming the field", async () => {
    const caller = as(council, "case_officer");
    await expect(caller.children.create({ reference: "OLD-1", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(26), ...facts, plan: null })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^dateOfBirth: the child or young person must be aged 0 to 25/),
    });
    await expect(caller.children.create({ reference: "FUT-1", givenName: "A", familyName: "B", dateOfBirth: inDays(3), ...facts, plan: null })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "dateOfBirth: must not be in the future",
    });
    await expect(caller.children.create({ reference: "YNG-1", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(12), ...facts, plan: ehcp({ type: "adult_care_support" }) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^plan\.type: an adult care and support plan is for those aged 18 or over/),
    });
    await expect(caller.children.create({ reference: "BAD-TYPE", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(12), ...facts, plan: ehcp({ status: "closed" }) as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await caller.children.create({ reference: "TWENTY5", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(26, -1), ...facts, plan: null });
  });

  it("refuses a reference another child has", async () => {
    await as(council, "case_officer").children.create({ reference: "DUP-1", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(5), ...facts, plan: null });
    await expect(as(council, "case_officer").children.create({ reference: "DUP-1", givenName: "C", familyName: "D", dateOfBirth: bornYearsAgo(6), ...facts, plan: null })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "reference: is already used by another child or young person",
    });
    // Another council may use the same reference: references are the council's own.
    await as(other, "case_officer").children.create({ reference: "DUP-1", givenName: "E", familyName: "F", dateOfBirth: bornYearsAgo(7), ...facts, plan: null });
  });

  it("writes nothing when a step fails half way: the child is inserted, then its plan is refused, and neither is kept", async () => {
    const before = [await count("child", council.id), await count("plan", council.id), await count("audit_log", council.id)];
    await expect(
      as(council, "case_officer").children.create({ reference: "HALF-1", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(8), ...facts, plan: ehcp({ nextAnnualReviewOn: "2024-12-01" }) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "plan.nextAnnualReviewOn: must be after the last annual review" });
    expect([await count("child", council.id), await count("plan", council.id), await count("audit_log", council.id)]).toEqual(before);
    // The same holds for a verb that fails after writing, inside one council transaction.
    await expect(
      inCouncil(database.db, council, "case_officer", todayIso(), async (ctx) => {
        await createChild(ctx, { reference: "HALF-2", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(8), ...facts, plan: ehcp() });
        throw new Error("the next step failed");
      }),
    ).rejects.toThrow("the next step failed");
    expect([await count("child", council.id), await count("plan", council.id), await count("audit_log", council.id)]).toEqual(before);
  });
});

describe("editing with the version column", () => {
  it("refuses a stale plan edit with a conflict and overwrites nothing", async () => {
    const created = await as(council, "case_officer").children.create({ reference: "VER-1", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(10), ...facts, plan: ehcp() });
    const planId = created.planId ?? "";
    const first = await as(council, "case_officer").plans.update({ ...ehcp({ status: "annual_review", nextAnnualReviewOn: "2026-02-01" }), planId, version: 1 });
    expect(first.version).toBe(2);
    const auditsBefore = await count("audit_log", council.id);
    const outcomesBefore = await count("plan_outcome", council.id);
    await expect(
      as(council, "admin").plans.update({ ...ehcp({ status: "ceased", outcomes: [{ code: "E9", description: "Overwritten" }] }), planId, version: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/changed by someone else/) });
    const view = await as(council, "case_officer").children.get({ childId: created.id });
    expect(view.plans[0]).toMatchObject({ status: "annual_review", nextAnnualReviewOn: "2026-02-01", version: 2 });
    expect(view.plans[0]?.outcomes.map((o) => o.code)).toEqual(["E1", "E2"]);
    expect([await count("audit_log", council.id), await count("plan_outcome", council.id)]).toEqual([auditsBefore, outcomesBefore]);
  });

  it("audits a plan edit with the values before and after, outcomes included, and the case history shows it first", async () => {
    const created = await as(council, "case_officer").children.create({ reference: "AUD-1", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(10), ...facts, plan: ehcp() });
    const planId = created.planId ?? "";
    const outcomes = [{ code: "E1", description: "Reads with confidence by the end of Year 7" }, { code: "E3", description: "Makes a friend" }];
    await as(council, "case_officer").plans.update({ ...ehcp({ status: "annual_review", outcomes }), planId, version: 1 });
    const rows = await auditOf(council.id, planId);
    expect(rows.map((r) => r.action)).toEqual(["plan.create", "plan.update"]);
    expect(rows[1]?.before).toEqual({ status: "final", outcomes: ehcp().outcomes, version: 1 });
    expect(rows[1]?.after).toEqual({ status: "annual_review", outcomes, version: 2 });
    const view = await as(council, "case_officer").children.get({ childId: created.id });
    expect(view.plans[0]?.outcomes.map((o) => [o.code, o.description])).toEqual(outcomes.map((o) => [o.code, o.description]));
    expect(view.history.entries[0]).toMatchObject({ action: "plan.update", who: expect.stringContaining("case_officer"), before: { status: "final" }, after: { status: "annual_review" } });
  });

  it("pages a long history newest first, without repeats or gaps, even when a change lands between pages", async () => {
    const created = await as(council, "case_officer").children.create({ reference: "LONG-1", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(11), ...facts, plan: ehcp() });
    const planId = created.planId ?? "";
    let version = 1;
    for (; version <= 210; version++) {
      await as(council, "case_officer").plans.update({ ...ehcp({ status: version % 2 ? "annual_review" : "final" }), planId, version });
    }
    const all = await database.db.selectFrom("audit_log").select("id").where("council_id", "=", council.id).where("child_id", "=", created.id).orderBy("at", "desc").orderBy("id", "desc").execute();
    expect(all).toHaveLength(212);

    const view = await as(council, "case_officer").children.get({ childId: created.id });
    expect(view.history.entries).toHaveLength(100);
    expect(view.history.olderBefore).toBe(view.history.entries.at(-1)?.id);

    const first = await as(council, "case_officer").children.history({ childId: created.id });
    expect(first.child.reference).toBe("LONG-1");
    expect(first.entries).toHaveLength(200);
    // A change made while someone reads the first page does not shift the second.
    await as(council, "case_officer").plans.update({ ...ehcp(), planId, version });
    const second = await as(council, "case_officer").children.history({ childId: created.id, before: first.olderBefore ?? "" });
    expect(second.olderBefore).toBeNull();
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(all.map((r) => String(r.id)));
    expect(second.entries.at(-1)?.action).toBe("child.create");
  });

  it("treats another council's child, or a change that is not the child's, as not found in the history", async () => {
    const mine = await as(council, "case_officer").children.create({ reference: "HIS-1", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(8), ...facts, plan: null });
    const theirs = await as(other, "case_officer").children.create({ reference: "HIS-2", givenName: "C", familyName: "D", dateOfBirth: bornYearsAgo(8), ...facts, plan: null });
    await expect(as(council, "case_officer").children.history({ childId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const theirChange = (await as(other, "case_officer").children.history({ childId: theirs.id })).entries[0]?.id ?? "";
    await expect(as(council, "case_officer").children.history({ childId: mine.id, before: theirChange })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as(council, "case_officer").children.history({ childId: mine.id, before: "0x10" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("before") });
  });

  it("refuses a stale child edit, and records a name change by field only", async () => {
    const created = await as(council, "case_officer").children.create({ reference: "VER-2", givenName: "Grace", familyName: "Hopper", dateOfBirth: bornYearsAgo(14), ...facts, plan: null });
    const base = { reference: "VER-2", givenName: "Grace", familyName: "Hopper", dateOfBirth: bornYearsAgo(14), ...facts };
    await as(council, "case_officer").children.update({ ...base, familyName: "Murray", transportEntitled: true, childId: created.id, version: 1 });
    await expect(as(council, "case_officer").children.update({ ...base, reference: "VER-2B", childId: created.id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    const view = await as(council, "case_officer").children.get({ childId: created.id });
    expect(view.child).toMatchObject({ reference: "VER-2", familyName: "Murray", transportEntitled: true, version: 2 });
    const rows = await auditOf(council.id, created.id);
    expect(rows.map((r) => r.action)).toEqual(["child.create", "child.update"]);
    expect(rows[1]?.before).toEqual({ transportEntitled: false, version: 1 });
    expect(rows[1]?.after).toEqual({ transportEntitled: true, version: 2, personalDetailsChanged: ["familyName"] });
    expect(JSON.stringify(rows)).not.toMatch(/Hopper|Murray/);
  });

  it("lets the application role append the case's audit rows but never change or delete them", async () => {
    const created = await as(council, "case_officer").children.create({ reference: "LOCK-1", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(10), ...facts, plan: null });
    await expect(withCouncil(database.db, council.id, (trx) => trx.updateTable("audit_log").set({ after: JSON.stringify({ reference: "forged" }) }).where("child_id", "=", created.id).execute())).rejects.toThrow(/permission denied/);
    await expect(withCouncil(database.db, council.id, (trx) => trx.deleteFrom("audit_log").where("child_id", "=", created.id).execute())).rejects.toThrow(/permission denied/);
    expect((await auditOf(council.id, created.id)).map((r) => r.after)).toEqual([expect.objectContaining({ reference: "LOCK-1" })]);
  });
});

describe("the list of children and young people", () => {
  let list: TestCouncil;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    list = await createTestCouncil(database.db, "List");
    const add = async (reference: string, givenName: string, familyName: string, years: number, plan: ReturnType<typeof ehcp> | null) => {
      ids[reference] = (await as(list, "case_officer").children.create({ reference, givenName, familyName, dateOfBirth: bornYearsAgo(years), ...facts, plan })).id;
    };
    await add("L-001", "Ada", "Zeal", 3, ehcp({ nextAnnualReviewOn: "2026-06-01" }));
    await add("L-002", "Ben", "Young", 7, ehcp({ status: "annual_review", nextAnnualReviewOn: "2026-03-01" }));
    await add("L-003", "Cal", "Xu", 12, { ...ehcp({ type: "child_in_need", issuedOn: null, lastAnnualReviewOn: null, nextAnnualReviewOn: null }), outcomes: [] });
    await add("L-004", "Dee", "Webb", 17, ehcp({ status: "ceased", nextAnnualReviewOn: "2025-06-01" }));
    await add("L-005", "Eve", "Vance", 22, ehcp({ type: "adult_care_support", nextAnnualReviewOn: "2026-01-20" }));
    await add("L-006", "Fay", "Under_score", 10, null);
    await addActiveBudget(list, ids["L-002"] ?? "", "social_care");
    await addActiveBudget(list, ids["L-005"] ?? "", "health");
  });

  const refs = (result: { rows: { reference: string }[] }) => result.rows.map((r) => r.reference);

  it("filters by plan type and status, active budget, stream, age band and next review, with the total", async () => {
    const caller = as(list, "case_officer");
    const base = { sort: "reference" as const, direction: "asc" as const, page: 1, pageSize: 25 };
    expect(refs(await caller.children.list({ ...base, planType: "ehcp" }))).toEqual(["L-001", "L-002", "L-004"]);
    expect(refs(await caller.children.list({ ...base, planType: "ehcp", planStatus: "annual_review" }))).toEqual(["L-002"]);
    expect(refs(await caller.children.list({ ...base, hasActiveBudget: true }))).toEqual(["L-002", "L-005"]);
    expect(refs(await caller.children.list({ ...base, hasActiveBudget: false }))).toEqual(["L-001", "L-003", "L-004", "L-006"]);
    expect(refs(await caller.children.list({ ...base, stream: "health" }))).toEqual(["L-005"]);
    expect(refs(await caller.children.list({ ...base, ageBand: "0-4" }))).toEqual(["L-001"]);
    expect(refs(await caller.children.list({ ...base, ageBand: "5-10" }))).toEqual(["L-002", "L-006"]);
    expect(refs(await caller.children.list({ ...base, ageBand: "16-19" }))).toEqual(["L-004"]);
    expect(refs(await caller.children.list({ ...base, ageBand: "20-25" }))).toEqual(["L-005"]);
    // A ceased plan's review is not due.
    expect(refs(await caller.children.list({ ...base, reviewDueBefore: "2026-03-02" }))).toEqual(["L-002", "L-005"]);
    const all = await caller.children.list(base);
    expect(all.total).toBe(6);
    expect(all.rows.find((r) => r.reference === "L-002")).toMatchObject({ name: "Ben Young", age: 7, hasActiveBudget: true, streams: ["social_care"], nextAnnualReviewOn: "2026-03-01", plans: [{ type: "ehcp", status: "annual_review" }] });
  });

  it("searches by reference and by name, taking LIKE's wildcards literally", async () => {
    const caller = as(list, "case_officer");
    const base = { sort: "reference" as const, direction: "asc" as const, page: 1, pageSize: 25 };
    expect(refs(await caller.children.list({ ...base, search: "l-00" }))).toHaveLength(6);
    expect(refs(await caller.children.list({ ...base, search: "ben you" }))).toEqual(["L-002"]);
    expect(refs(await caller.children.list({ ...base, search: "n_y" }))).toEqual([]); // "_" would match the space in "Ben Young"
    expect(refs(await caller.children.list({ ...base, search: "under_" }))).toEqual(["L-006"]);
  });

  it("sorts by reference, name, age and next review either way, and pages with the total", async () => {
    const caller = as(list, "case_officer");
    const page = { page: 1, pageSize: 25 };
    expect(refs(await caller.children.list({ ...page, sort: "reference", direction: "desc" }))).toEqual(["L-006", "L-005", "L-004", "L-003", "L-002", "L-001"]);
    expect(refs(await caller.children.list({ ...page, sort: "name", direction: "asc" }))).toEqual(["L-006", "L-005", "L-004", "L-003", "L-002", "L-001"]);
    expect(refs(await caller.children.list({ ...page, sort: "age", direction: "asc" }))).toEqual(["L-001", "L-002", "L-006", "L-003", "L-004", "L-005"]);
    expect(refs(await caller.children.list({ ...page, sort: "age", direction: "desc" }))).toEqual(["L-005", "L-004", "L-003", "L-006", "L-002", "L-001"]);
    // Children with no review due come last either way.
    expect(refs(await caller.children.list({ ...page, sort: "nextReview", direction: "asc" }))).toEqual(["L-005", "L-002", "L-001", "L-003", "L-004", "L-006"]);
    expect(refs(await caller.children.list({ ...page, sort: "nextReview", direction: "desc" }))).toEqual(["L-001", "L-002", "L-005", "L-003", "L-004", "L-006"]);
    const second = await caller.children.list({ sort: "reference", direction: "asc", page: 2, pageSize: 4 });
    expect([refs(second), second.total, second.page, second.pageSize]).toEqual([["L-005", "L-006"], 6, 2, 4]);
    const beyond = await caller.children.list({ sort: "reference", direction: "asc", page: 9, pageSize: 4 });
    expect([refs(beyond), beyond.total]).toEqual([[], 6]);
    await expect(caller.children.list({ sort: "reference", direction: "asc", page: 1, pageSize: 500 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows a manager references only: no names, no ages, no name search or sort; a finance officer names but not ages", async () => {
    const manager = as(list, "manager");
    const rows = await manager.children.list({ sort: "reference", direction: "asc", page: 1, pageSize: 25 });
    expect(rows.rows.every((r) => r.name === null && r.age === null)).toBe(true);
    expect(rows.access).toEqual({ names: false, dateOfBirth: false });
    expect(refs(await manager.children.list({ sort: "reference", direction: "asc", page: 1, pageSize: 25, search: "Ben" }))).toEqual([]);
    await expect(manager.children.list({ sort: "name", direction: "asc", page: 1, pageSize: 25 })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^sort: /) });
    const view = await manager.children.get({ childId: ids["L-002"] ?? "" });
    expect(view.child).toMatchObject({ reference: "L-002", givenName: null, familyName: null, dateOfBirth: null, age: null });
    expect(JSON.stringify(view)).not.toMatch(/Ben|Young/);
    const finance = await as(list, "finance_officer").children.get({ childId: ids["L-002"] ?? "" });
    expect(finance.child).toMatchObject({ givenName: "Ben", familyName: "Young", dateOfBirth: null, age: null });
    await expect(as(list, "commissioner").children.list({ sort: "reference", direction: "asc", page: 1, pageSize: 25 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(manager.plans.update({ ...ehcp(), planId: randomUUID(), version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("never shows another council's children: not in the list, not found by id, not editable", async () => {
    const outsider = as(other, "case_officer");
    const listed = await outsider.children.list({ sort: "reference", direction: "asc", page: 1, pageSize: 100, search: "L-00" });
    expect(listed.total).toBe(0);
    await expect(outsider.children.get({ childId: ids["L-001"] ?? "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.children.update({ reference: "X", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(3), ...facts, childId: ids["L-001"] ?? "", version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.plans.create({ ...ehcp(), childId: ids["L-001"] ?? "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = await as(list, "case_officer").children.get({ childId: ids["L-001"] ?? "" });
    await expect(outsider.plans.update({ ...ehcp(), planId: mine.plans[0]?.id ?? "", version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the case page's records", () => {
  it("gathers requests with decisions, marks approved lines without a budget, and budgets with lines and payments", async () => {
    const policy = await createTestCouncil(database.db, "Case");
    await inCouncil(database.db, policy, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
    const created = await as(policy, "case_officer").children.create({ reference: "CASE-1", givenName: "A", familyName: "B", dateOfBirth: bornYearsAgo(12), ...facts, plan: ehcp() });
    // Issue 17: the line must pass the check (the child has an EHC plan, no social care plan) to be approved without exceptions.
    const line = { stream: "education" as const, service: "top_up_support", arrangement: "organised" as const, recipient: null, onSchoolPremises: false, schoolAgreed: null, needIdentifiedByProfessional: true, annualCostPence: 520_000, commissionedCostPence: null, linkedOutcomes: ["E1"] };
    const request = await as(policy, "case_officer").requests.create({ childId: created.id, planId: created.planId, stage: "annual_review", receivedOn: "2026-05-01", lines: [line] });
    const requestView = await as(policy, "panel_member").requests.get({ requestId: request.id });
    const lineId = requestView.lines[0]?.id ?? "";
    const decision = await as(policy, "panel_member").decisions.record({ outcome: "approved", amountPence: null, arrangement: null, panel: "Panel", reasons: [{ text: "The panel accepts the assessed need." }], requestLineId: lineId, requestVersion: requestView.version, decidedOn: "2026-05-10" });

    let view = await as(policy, "case_officer").children.get({ childId: created.id });
    expect(view.requests).toHaveLength(1);
    expect(view.requests[0]?.lines[0]).toMatchObject({ id: lineId, decision: { id: decision.id, outcome: "approved", amountPence: 520_000 }, needsBudget: true, budgetId: null });

    const budgetId = randomUUID();
    await database.db.insertInto("budget").values({ council_id: policy.id, id: budgetId, child_id: created.id, status: "active", starts_on: "2026-06-01", request_id: request.id }).execute();
    const budgetLineId = randomUUID();
    await database.db
      .insertInto("budget_line")
      .values({ council_id: policy.id, id: budgetLineId, budget_id: budgetId, stream: "social_care", service: "personal_assistant", arrangement: "organised", annual_amount_pence: 520_000, frequency: "quarterly", starts_on: "2026-06-01", ends_on: "2027-05-31", decision_id: decision.id })
      .execute();
    for (const [due, status] of [["2026-06-01", "paid"], ["2026-09-01", "scheduled"], ["2026-12-01", "scheduled"]] as const) {
      await database.db.insertInto("payment").values({ council_id: policy.id, budget_line_id: budgetLineId, stream: "social_care", arrangement: "organised", due_on: due, paid_on: status === "paid" ? due : null, amount_pence: 130_000, status }).execute();
    }
    view = await as(policy, "case_officer").children.get({ childId: created.id });
    expect(view.requests[0]?.lines[0]).toMatchObject({ needsBudget: false, budgetId });
    expect(view.budgets).toEqual([
      expect.objectContaining({ id: budgetId, isCurrent: true, annualTotalPence: 520_000, lines: [expect.objectContaining({ id: budgetLineId, payments: { scheduledCount: 2, scheduledPence: 260_000, paidCount: 1, paidPence: 130_000, cancelledCount: 0, failedCount: 0, nextDueOn: "2026-09-01", lastPaidOn: "2026-06-01" } })] }),
    ]);
    expect(view.history.entries.map((h) => h.action)).toEqual(expect.arrayContaining(["request.create", "child.create", "plan.create"]));
    expect(view.history.entries.at(-1)?.action).toBe("child.create");
  });
});
