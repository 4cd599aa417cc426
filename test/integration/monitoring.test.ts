import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, addYears, parseIsoDate, todayIso } from "@pb/calendar";
import type { Database } from "@pb/db";
import { adoptPreset, getBudget, getNextPolicyReview, listWorkQueues, openDraft, openPolicyReviewDashboard, publishDraft, recordMonitoringCheck } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

// Surrey (002): a termly case officer's check, a quarterly finance check, a formal review every three years (T4, T8).
const TODAY = "2026-12-10";
let database: Database;
let surrey: TestCouncil;
let baseline: TestCouncil;
const ids = { surreyBudget: randomUUID(), organisedBudget: randomUUID(), baselineBudget: randomUUID(), account: randomUUID() };

async function addBudget(council: TestCouncil, budgetId: string, arrangement: "direct_payment" | "organised", startsOn: string) {
  const db = database.db;
  const childId = randomUUID();
  await db.insertInto("child").values({ council_id: council.id, id: childId, reference: `M-${childId.slice(0, 6)}`, given_name: "Test", family_name: "Child", date_of_birth: "2014-02-01" }).execute();
  await db.insertInto("budget").values({ council_id: council.id, id: budgetId, child_id: childId, status: "active", starts_on: startsOn }).execute();
  await db.insertInto("budget_line").values({ council_id: council.id, budget_id: budgetId, stream: "social_care", service: "personal_assistant", arrangement, annual_amount_pence: 520_000, frequency: "monthly", starts_on: startsOn, ends_on: "2027-08-31" }).execute();
  return childId;
}

async function queuesAs(council: TestCouncil, role: keyof TestCouncil["users"], today: string) {
  const queues = await inCouncil(database.db, council, role, today, (ctx) => listWorkQueues(ctx, [role]));
  return Object.fromEntries(queues.map((q) => [q.id, q.items]));
}

beforeAll(async () => {
  database = await openTestDatabase();
  surrey = await createTestCouncil(database.db, "Monitoring");
  baseline = await createTestCouncil(database.db, "Baseline");
  await inCouncil(database.db, surrey, "admin", "2024-04-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  await inCouncil(database.db, baseline, "admin", "2024-04-01", (ctx) => adoptPreset(ctx, { presetId: "code-of-practice", effectiveFrom: "2024-04-01" }));
  const childId = await addBudget(surrey, ids.surreyBudget, "direct_payment", "2026-09-01");
  await database.db.insertInto("dp_account").values({ council_id: surrey.id, id: ids.account, child_id: childId }).execute();
  await addBudget(surrey, ids.organisedBudget, "organised", "2026-09-01");
  await addBudget(baseline, ids.baselineBudget, "direct_payment", "2026-09-01");
});
afterAll(async () => database?.close());

describe("the policy's monitoring checks of a direct payment (T4)", () => {
  it("puts the termly check in the case officers' queue and the quarterly one in the finance officers'", async () => {
    const officer = await queuesAs(surrey, "case_officer", TODAY);
    expect(officer.monitoring_checks_due?.map((i) => [i.id, i.dueOn, i.status])).toEqual([[`${ids.surreyBudget}:monitoring`, "2026-12-31", "due_soon"]]);
    expect(officer.monitoring_checks_due?.[0]?.detail).toContain("autumn term 2026");
    expect(officer.finance_checks_due).toBeUndefined();
    const finance = await queuesAs(surrey, "finance_officer", TODAY);
    // The direct payment started in the July–September quarter, which had no finance check: overdue since its end.
    expect(finance.finance_checks_due?.map((i) => [i.id, i.dueOn, i.status])).toEqual([[`${ids.surreyBudget}:finance_check`, "2026-09-30", "overdue"]]);
    expect(finance.monitoring_checks_due).toBeUndefined();
    // Not yet due within the window in October; overdue once the term has ended.
    expect((await queuesAs(surrey, "case_officer", "2026-10-15")).monitoring_checks_due).toEqual([]);
    expect((await queuesAs(surrey, "case_officer", "2027-01-05")).monitoring_checks_due?.map((i) => i.status)).toEqual(["overdue"]);
  });

  it("moves the next check on from a recorded one, shows both on the budget, and audits it", async () => {
    const recorded = await inCouncil(database.db, surrey, "case_officer", TODAY, (ctx) => recordMonitoringCheck(ctx, { budgetId: ids.surreyBudget, kind: "monitoring", checkedOn: "2026-12-08", outcome: "satisfactory", notes: "" }));
    expect(recorded.nextDueOn).toBe("2027-03-31");
    expect((await queuesAs(surrey, "case_officer", TODAY)).monitoring_checks_due).toEqual([]);
    // The finance check is separate: still due.
    expect((await queuesAs(surrey, "finance_officer", TODAY)).finance_checks_due).toHaveLength(1);
    const budget = await inCouncil(database.db, surrey, "case_officer", TODAY, (ctx) => getBudget(ctx, { budgetId: ids.surreyBudget }));
    expect(budget.monitoring?.checks.find((c) => c.kind === "monitoring")).toMatchObject({ frequency: "termly", lastCheckedOn: "2026-12-08", lastOutcome: "satisfactory", nextDueOn: "2027-03-31", nextPeriodLabel: "spring term 2027" });
    expect(budget.monitoring?.checks.find((c) => c.kind === "finance_check")).toMatchObject({ frequency: "quarterly", lastCheckedOn: null, nextDueOn: "2026-09-30" });
    const audit = await database.db.selectFrom("audit_log").select(["action", "after"]).where("council_id", "=", surrey.id).where("entity_id", "=", recorded.id).execute();
    expect(audit).toEqual([{ action: "monitoring.record_check", after: expect.objectContaining({ kind: "monitoring", checkedOn: "2026-12-08", outcome: "satisfactory" }) }]);
    // A budget with no direct payment has no checks.
    const organised = await inCouncil(database.db, surrey, "case_officer", TODAY, (ctx) => getBudget(ctx, { budgetId: ids.organisedBudget }));
    expect(organised.monitoring).toBeNull();
  });

  it("holds each check to its own role and refuses bad dates, another council's budget and a budget with no direct payment", async () => {
    const today = todayIso();
    const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: { code?: string }) => e.code);
    const finance = callerFor(database.db, surrey.users.finance_officer);
    const officer = callerFor(database.db, surrey.users.case_officer);
    expect(await codeOf(finance.monitoring.recordCheck({ budgetId: ids.surreyBudget, kind: "monitoring", checkedOn: today, outcome: "satisfactory" }))).toBe("FORBIDDEN");
    expect(await codeOf(officer.monitoring.recordCheck({ budgetId: ids.surreyBudget, kind: "finance_check", checkedOn: today, outcome: "satisfactory" }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(database.db, surrey.users.manager).monitoring.recordCheck({ budgetId: ids.surreyBudget, kind: "monitoring", checkedOn: today, outcome: "satisfactory" }))).toBe("FORBIDDEN");
    const future = addMonths(parseIsoDate(today), 1);
    await expect(officer.monitoring.recordCheck({ budgetId: ids.surreyBudget, kind: "monitoring", checkedOn: future, outcome: "satisfactory" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("checkedOn") });
    await expect(officer.monitoring.recordCheck({ budgetId: ids.surreyBudget, kind: "monitoring", checkedOn: "2026-08-31", outcome: "satisfactory" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(officer.monitoring.recordCheck({ budgetId: ids.surreyBudget, kind: "monitoring", checkedOn: today, outcome: "concerns", notes: " " })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("notes") });
    expect(await codeOf(officer.monitoring.recordCheck({ budgetId: ids.baselineBudget, kind: "monitoring", checkedOn: today, outcome: "satisfactory" }))).toBe("NOT_FOUND");
    expect(await codeOf(officer.monitoring.recordCheck({ budgetId: ids.organisedBudget, kind: "monitoring", checkedOn: today, outcome: "satisfactory" }))).toBe("BAD_REQUEST");
    const made = await finance.monitoring.recordCheck({ budgetId: ids.surreyBudget, kind: "finance_check", checkedOn: today, outcome: "concerns", notes: "Two receipts missing" });
    expect((made.nextDueOn ?? "") > today).toBe(true);
  });

  it("shows the account's checks to finance officers, and another council's account is not found", async () => {
    const checks = await callerFor(database.db, surrey.users.finance_officer).monitoring.forAccount({ accountId: ids.account });
    expect(checks.map((b) => [b.budgetId, b.checks.map((c) => c.frequency)])).toEqual([[ids.surreyBudget, ["termly", "quarterly"]]]);
    const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: { code?: string }) => e.code);
    expect(await codeOf(callerFor(database.db, baseline.users.finance_officer).monitoring.forAccount({ accountId: ids.account }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(database.db, surrey.users.case_officer).monitoring.forAccount({ accountId: ids.account }))).toBe("FORBIDDEN");
  });

  it("schedules nothing where the policy sets no frequency, and says so", async () => {
    expect((await queuesAs(baseline, "case_officer", TODAY)).monitoring_checks_due).toEqual([]);
    expect((await queuesAs(baseline, "finance_officer", TODAY)).finance_checks_due).toEqual([]);
    const budget = await inCouncil(database.db, baseline, "case_officer", TODAY, (ctx) => getBudget(ctx, { budgetId: ids.baselineBudget }));
    for (const check of budget.monitoring?.checks ?? []) {
      expect(check).toMatchObject({ frequency: null, nextDueOn: null });
      expect(check.frequencyWords).toContain("Not set by the policy");
    }
    expect(budget.monitoring?.checks).toHaveLength(2);
  });
});

describe("the policy's formal review (T8)", () => {
  it("is due three years after the version in force took effect, and says not set where the policy is silent", async () => {
    expect(await inCouncil(database.db, surrey, "admin", TODAY, (ctx) => getNextPolicyReview(ctx))).toMatchObject({ dueOn: "2027-04-01", queuedFrom: "2027-01-01", versionNumber: 1 });
    const silent = await callerFor(database.db, baseline.users.admin).policy.nextReview();
    expect(silent).toMatchObject({ dueOn: null, queuedFrom: null, rule: expect.stringContaining("Not set by the policy") });
  });

  it("enters the admins' and managers' queues three months before it is due", async () => {
    expect((await queuesAs(surrey, "admin", "2026-12-31")).policy_review_due).toEqual([]);
    for (const role of ["admin", "manager"] as const) {
      const items = (await queuesAs(surrey, role, "2027-01-01")).policy_review_due;
      expect(items?.map((i) => [i.dueOn, i.status, i.childId, i.href])).toEqual([["2027-04-01", "due_soon", null, "/admin/policy#next-review"]]);
    }
    expect((await queuesAs(surrey, "admin", "2027-04-02")).policy_review_due?.map((i) => i.status)).toEqual(["overdue"]);
    expect((await queuesAs(surrey, "case_officer", "2027-01-01")).policy_review_due).toBeUndefined();
    expect((await queuesAs(baseline, "admin", "2027-01-01")).policy_review_due).toEqual([]);
    // The queue through the API answers too (whatever today is) without error for a manager.
    expect(Array.isArray(await callerFor(database.db, surrey.users.manager).queues.list())).toBe(true);
  });
});

describe("the policy review dashboard's default period", () => {
  it("opens on the current review cycle, from the first version to today, with each version side by side", async () => {
    const draftId = await inCouncil(database.db, surrey, "admin", "2025-03-01", (ctx) => openDraft(ctx, {}));
    await inCouncil(database.db, surrey, "admin", "2025-03-01", (ctx) => publishDraft(ctx, { draftId, version: 1, effectiveFrom: "2025-04-01" }));
    const view = await inCouncil(database.db, surrey, "manager", TODAY, (ctx) => openPolicyReviewDashboard(ctx, {}));
    expect(view.period).toMatchObject({ fromMonth: "2024-04", toMonth: "2026-12", label: "the current policy review cycle, April 2024 to December 2026" });
    const stretches = JSON.stringify(view);
    expect(stretches).toContain("Version 1, in force from 1 April 2024");
    expect(stretches).toContain("Version 2, in force from 1 April 2025");
    // A new cycle three years after the first version; a period asked for is kept.
    expect((await inCouncil(database.db, surrey, "manager", "2027-05-10", (ctx) => openPolicyReviewDashboard(ctx, {}))).period).toMatchObject({ fromMonth: "2027-04", toMonth: "2027-05" });
    expect((await inCouncil(database.db, surrey, "manager", TODAY, (ctx) => openPolicyReviewDashboard(ctx, { period: { kind: "financial_year", label: "2025-26" } }))).period.fromMonth).toBe("2025-04");
    // With no period set (the baseline), everything since the first version.
    expect((await inCouncil(database.db, baseline, "manager", TODAY, (ctx) => openPolicyReviewDashboard(ctx, {}))).period).toMatchObject({ fromMonth: "2024-04", toMonth: "2026-12" });
  });

  it("does the same through the procedure when no period is given", async () => {
    const council = await createTestCouncil(database.db, "Cycle");
    const today = todayIso();
    const adopted = `${addYears(parseIsoDate(today), -2).slice(0, 7)}-01`;
    await inCouncil(database.db, council, "admin", adopted, (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: adopted }));
    const view = await callerFor(database.db, council.users.manager).dashboard.policyReview();
    expect(view.period).toMatchObject({ fromMonth: adopted.slice(0, 7), toMonth: today.slice(0, 7) });
    expect(view.period.label).toContain("the current policy review cycle");
    const asked = await callerFor(database.db, council.users.manager).dashboard.policyReview({ period: { kind: "custom", fromMonth: "2025-01", toMonth: "2025-03" } });
    expect(asked.period.fromMonth).toBe("2025-01");
  });
});
