import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeScheduleTotalPence } from "@pb/budgets";
import type { IsoDate } from "@pb/calendar";
import type { Database } from "@pb/db";
import type { PolicyTimeLimits } from "@pb/eligibility";
import { computeDeadline, findAnnualReviewDue } from "@pb/reviews";
import { adoptPreset, createPaymentRun, getPaymentRun, getPolicyInForce, listWorkQueues } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

let database: Database;
let council: TestCouncil;
let limits: PolicyTimeLimits;

const as = (role: keyof TestCouncil["users"]) => callerFor(database.db, council.users[role]);
const PLAN_ISSUED = "2023-09-01";

type Line = {
  stream: "social_care" | "education"; service: string; arrangement: "direct_payment"; recipient: "parent"; onSchoolPremises: boolean; schoolAgreed: boolean | null;
  needIdentifiedByProfessional: boolean; annualCostPence: number; commissionedCostPence: number; linkedOutcomes: string[];
};
const assistant: Line = {
  stream: "social_care", service: "personal_assistant", arrangement: "direct_payment" as const, recipient: "parent" as const,
  onSchoolPremises: false, schoolAgreed: null, needIdentifiedByProfessional: true, annualCostPence: 520_001, commissionedCostPence: 600_000, linkedOutcomes: ["E1"],
};
const tutoring: Line = { ...assistant, stream: "education", service: "top_up_support", onSchoolPremises: true, schoolAgreed: true, annualCostPence: 300_000, linkedOutcomes: ["E2"] };

async function addChild(): Promise<{ childId: string; planId: string }> {
  const childId = randomUUID();
  const planId = randomUUID();
  const db = database.db;
  await db.insertInto("child").values({ council_id: council.id, id: childId, reference: `L-${childId.slice(0, 8)}`, given_name: "Grace", family_name: "Hopper", date_of_birth: "2014-02-01" }).execute();
  await db.insertInto("plan").values({ council_id: council.id, id: planId, child_id: childId, type: "ehcp", status: "annual_review", issued_on: PLAN_ISSUED }).execute();
  await db.insertInto("plan").values({ council_id: council.id, id: randomUUID(), child_id: childId, type: "child_in_need", status: "final" }).execute();
  for (const code of ["E1", "E2"]) await db.insertInto("plan_outcome").values({ council_id: council.id, plan_id: planId, code, description: `Outcome ${code}` }).execute();
  return { childId, planId };
}

/** A request whose lines the panel approves as asked. */
async function approvedRequest(lines: Line[] = [assistant]) {
  const child = await addChild();
  const created = await as("case_officer").requests.create({ childId: child.childId, planId: child.planId, stage: "annual_review", receivedOn: "2026-04-01", lines });
  let view = await as("panel_member").requests.get({ requestId: created.id });
  let version = view.version;
  for (const line of view.lines) {
    const decided = await as("panel_member").decisions.record({
      requestLineId: line.id, requestVersion: version, decidedOn: "2026-04-10", outcome: "approved", amountPence: null, arrangement: null,
      panel: "Multi-agency resource panel", reasons: [{ text: "The support meets the plan's outcomes." }],
      // R8 (issue 17): a direct payment is approved once the panel is satisfied about the recipient and the value for money.
      judgements: [{ topic: "recipient_suitability", answer: "yes" }, { topic: "impact_and_value_for_money", answer: "yes" }],
    });
    version = decided.requestVersion;
  }
  view = await as("case_officer").requests.get({ requestId: created.id });
  return { ...child, requestId: created.id, view };
}

async function createBudget(lines: Line[] = [assistant]) {
  const request = await approvedRequest(lines);
  const budget = await as("case_officer").budgets.create({
    requestId: request.requestId, startsOn: "2026-05-01", endsOn: "2027-03-31",
    lines: request.view.lines.map((l) => ({ requestLineId: l.id, frequency: "monthly" as const, linkedOutcomes: l.linkedOutcomes })),
  });
  return { ...request, budgetId: budget.id, annualReviewDueOn: budget.annualReviewDueOn };
}

const agreement = (budgetId: string, schoolAgreementOn: string | null = null) => ({
  budgetId, recipient: "parent" as const, recipientName: "A parent", signedBy: "A parent", signedOn: "2026-04-25", schoolAgreementOn,
  // Every term Surrey's agreement must cover (T1).
  terms: Object.fromEntries(["monitoring", "review", "recovery", "returns", "recipient_responsibilities", "payments", "spending_records"].map((t) => [t, `The agreement's ${t} terms.`])),
});

async function count(table: "budget" | "budget_line" | "payment" | "agreement" | "review" | "cessation" | "audit_log"): Promise<number> {
  const row = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where council_id = ${council.id}`.execute(database.db);
  return row.rows[0]?.n ?? 0;
}
const counts = async () => Promise.all((["budget", "budget_line", "payment", "agreement", "review", "cessation", "audit_log"] as const).map(count));

async function paymentsOf(budgetId: string) {
  return database.db
    .selectFrom("payment as p")
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .select(["p.id", "p.due_on", "p.amount_pence", "p.status", "l.id as lineId"])
    .where("l.budget_id", "=", budgetId)
    .orderBy("p.due_on")
    .execute();
}
const sum = (rows: { amount_pence: number }[]) => rows.reduce((t, r) => t + Number(r.amount_pence), 0);
const actionsFor = async (childId: string) =>
  (await database.db.selectFrom("audit_log").select("action").where("council_id", "=", council.id).where("child_id", "=", childId).orderBy("at").orderBy("id").execute()).map((r) => r.action);

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Lifecycle");
  await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  const policy = await inCouncil(database.db, council, "admin", "2026-05-01", (ctx) => getPolicyInForce(ctx.db, ctx.councilId, "2026-05-01"));
  if (!policy) throw new Error("the Surrey policy is in force");
  limits = policy.policy.timeLimits;
});
afterAll(async () => database?.close());

describe("a budget from an approved decision", () => {
  it("writes the budget, its lines and a schedule to the penny in one step, with the plan's annual review, audited", async () => {
    const b = await createBudget([assistant]);
    const payments = await paymentsOf(b.budgetId);
    expect(payments).toHaveLength(11);
    expect(payments.every((p) => p.status === "scheduled")).toBe(true);
    expect(sum(payments)).toBe(computeScheduleTotalPence({ annualAmountPence: 520_001, frequency: "monthly", start: "2026-05-01" as IsoDate, end: "2027-03-31" as IsoDate }));
    expect(b.annualReviewDueOn).toBe(findAnnualReviewDue(limits, PLAN_ISSUED, "2026-05-01").due);
    const view = await as("case_officer").budgets.get({ budgetId: b.budgetId });
    expect(view.lines[0]).toMatchObject({ arrangement: "direct_payment", annualAmountPence: 520_001, linkedOutcomes: ["E1"] });
    expect(view.needsAgreement).toBe(true);
    expect(await actionsFor(b.childId)).toContain("budget.create");
    await expect(as("case_officer").budgets.create({ requestId: b.requestId, startsOn: "2026-05-01", endsOn: "2027-03-31", lines: [{ requestLineId: view.lines[0]?.id ?? "", frequency: "monthly", linkedOutcomes: ["E1"] }] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses a line the panel did not approve, an outcome not in the plan, and writes nothing", async () => {
    const request = await approvedRequest([assistant]);
    const before = await counts();
    const line = request.view.lines[0];
    if (!line) throw new Error("one line");
    await expect(as("case_officer").budgets.create({ requestId: request.requestId, startsOn: "2026-05-01", endsOn: "2027-03-31", lines: [{ requestLineId: line.id, frequency: "monthly", linkedOutcomes: ["E9"] }] })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^lines\.0\.linkedOutcomes: E9 is not an outcome/) });
    await expect(as("case_officer").budgets.create({ requestId: request.requestId, startsOn: "2026-04-05", endsOn: "2027-03-31", lines: [{ requestLineId: line.id, frequency: "monthly", linkedOutcomes: ["E1"] }] })).rejects.toMatchObject({ message: expect.stringMatching(/^startsOn: cannot be before the panel's decision/) });
    await expect(as("panel_member").budgets.create({ requestId: request.requestId, startsOn: "2026-05-01", endsOn: "2027-03-31", lines: [{ requestLineId: line.id, frequency: "monthly", linkedOutcomes: ["E1"] }] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });
});

describe("agreements and payments", () => {
  it("refuses to pay a direct payment without an agreement; pays it once one is recorded, and sets the first review by the policy", async () => {
    const b = await createBudget([assistant]);
    const [first] = await paymentsOf(b.budgetId);
    if (!first) throw new Error("instalments");
    const before = await counts();
    await expect(as("finance_officer").budgets.markInstalmentPaid({ paymentId: first.id, paidOn: "2026-05-01" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^paymentId: cannot be paid: No signed direct payment agreement/) });
    await expect(as("case_officer").budgets.markInstalmentPaid({ paymentId: first.id, paidOn: "2026-05-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);

    await as("case_officer").budgets.recordAgreement(agreement(b.budgetId));
    const paid = await as("finance_officer").budgets.markInstalmentPaid({ paymentId: first.id, paidOn: "2026-05-01" });
    expect(paid.firstReviewDueOn).toBe(computeDeadline(limits, "first_dp_review", "2026-05-01").due);
    await expect(as("finance_officer").budgets.markInstalmentPaid({ paymentId: first.id, paidOn: "2026-05-01" })).rejects.toMatchObject({ code: "CONFLICT" });
    const view = await as("finance_officer").budgets.get({ budgetId: b.budgetId });
    expect(view.reviews.map((r) => [r.kind, r.dueOn])).toEqual([
      ["first_dp_review", computeDeadline(limits, "first_dp_review", "2026-05-01").due],
      ["annual_review", findAnnualReviewDue(limits, PLAN_ISSUED, "2026-05-01").due],
    ]);
    expect(await actionsFor(b.childId)).toEqual(expect.arrayContaining(["agreement.record", "payment.mark_paid"]));
  });

  it("needs the school's written agreement when the direct payment is spent on school premises", async () => {
    const b = await createBudget([tutoring]);
    const before = await counts();
    await expect(as("case_officer").budgets.recordAgreement(agreement(b.budgetId))).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^schoolAgreementOn: /) });
    expect(await counts()).toEqual(before);
    await as("case_officer").budgets.recordAgreement(agreement(b.budgetId, "2026-04-20"));
    const [first] = await paymentsOf(b.budgetId);
    await as("finance_officer").budgets.markInstalmentPaid({ paymentId: first?.id ?? "", paidOn: "2026-05-02" });
  });

  it("payment runs use the same rule: a direct payment without its agreement is an exception, not a payment", async () => {
    const b = await createBudget([assistant]);
    const [first] = await paymentsOf(b.budgetId);
    const run = await inCouncil(database.db, council, "finance_officer", "2026-04-30", async (ctx) => {
      const made = await createPaymentRun(ctx, { from: "2026-05-01", to: "2026-05-01", payOn: "2026-04-30", idempotencyKey: randomUUID() });
      return getPaymentRun(ctx, made.runId);
    });
    const mine = run.exceptions.filter((e) => e.paymentId === first?.id);
    expect(run.items.some((i) => i.paymentId === first?.id)).toBe(false);
    expect(mine.map((e) => e.reasons.map((r) => r.code))).toEqual([["NO_AGREEMENT"]]);
  });
});

describe("reviews", () => {
  it("a change keeps the old version, cancels its future instalments and schedules the new one from the change date, to the penny", async () => {
    const b = await createBudget([assistant]);
    await as("case_officer").budgets.recordAgreement(agreement(b.budgetId));
    const [may] = await paymentsOf(b.budgetId);
    await as("finance_officer").budgets.markInstalmentPaid({ paymentId: may?.id ?? "", paidOn: "2026-05-01" });
    const view = await as("case_officer").budgets.get({ budgetId: b.budgetId });
    const firstReview = view.reviews.find((r) => r.kind === "first_dp_review");
    const line = view.lines[0];
    if (!firstReview || !line) throw new Error("a first review and a line");
    const originalTotal = sum(await paymentsOf(b.budgetId));

    // A stale version is refused and writes nothing.
    const before = await counts();
    await expect(as("case_officer").reviews.recordOutcome({ reviewId: firstReview.id, version: firstReview.version + 1, heldOn: "2026-08-01", outcome: "continue", notes: "", change: null })).rejects.toMatchObject({ code: "CONFLICT" });
    // A failure half way (the review is updated, then the change is refused) writes nothing either.
    await expect(as("case_officer").reviews.recordOutcome({ reviewId: firstReview.id, version: firstReview.version, heldOn: "2026-04-30", outcome: "change", notes: "", change: { changeDate: "2026-05-01", lines: [{ budgetLineId: line.id, annualAmountPence: 1 }] } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as("case_officer").reviews.recordOutcome({ reviewId: firstReview.id, version: firstReview.version, heldOn: "2026-08-01", outcome: "change", notes: "", change: { changeDate: "2026-09-01", lines: [{ budgetLineId: randomUUID(), annualAmountPence: 1 }] } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^change\.lines\.0\.budgetLineId: /) });
    expect(await counts()).toEqual(before);

    const changed = await as("case_officer").reviews.recordOutcome({
      reviewId: firstReview.id, version: firstReview.version, heldOn: "2026-08-01", outcome: "change", notes: "More hours.",
      change: { changeDate: "2026-09-01", lines: [{ budgetLineId: line.id, annualAmountPence: 700_000 }] },
    });
    const newId = changed.newBudgetId;
    if (!newId) throw new Error("a new version");
    const old = await as("case_officer").budgets.get({ budgetId: b.budgetId });
    expect(old.status).toBe("superseded");
    const oldPayments = await paymentsOf(b.budgetId);
    expect(sum(oldPayments)).toBe(originalTotal);
    expect(oldPayments.filter((p) => p.due_on >= "2026-09-01").every((p) => p.status === "cancelled")).toBe(true);
    expect(oldPayments.filter((p) => p.due_on < "2026-09-01").every((p) => p.status !== "cancelled")).toBe(true);

    const next = await as("case_officer").budgets.get({ budgetId: newId });
    expect(next).toMatchObject({ status: "active", budgetVersion: 2, startsOn: "2026-09-01", needsAgreement: false });
    expect(next.versions.map((v) => [v.budgetVersion, v.status])).toEqual([[1, "superseded"], [2, "active"]]);
    const newPayments = await paymentsOf(newId);
    expect(newPayments[0]?.due_on).toBe("2026-09-01");
    // The old instalments kept (May to August, each an eleventh of May to March) and the new ones pay
    // the old amount's share of May to August and the new amount's share of September to March, to the penny.
    const share = (annualAmountPence: number, start: string, end: string) => computeScheduleTotalPence({ annualAmountPence, frequency: "monthly", start: start as IsoDate, end: end as IsoDate });
    const kept = sum(oldPayments.filter((p) => p.status !== "cancelled"));
    expect(kept + sum(newPayments)).toBe(share(line.annualAmountPence, "2026-05-01", "2026-08-31") + share(700_000, "2026-09-01", "2027-03-31"));
    // The annual review still to hold moved to the version in force.
    expect(next.reviews.map((r) => r.kind)).toEqual(["annual_review"]);
    expect(await actionsFor(b.childId)).toEqual(expect.arrayContaining(["review.record_outcome", "budget.change"]));
  });

  it("an annual review that continues sets the next one a policy period later, and an early review can be scheduled", async () => {
    const b = await createBudget([assistant]);
    const view = await as("case_officer").budgets.get({ budgetId: b.budgetId });
    const annual = view.reviews.find((r) => r.kind === "annual_review");
    if (!annual) throw new Error("an annual review");
    const done = await as("case_officer").reviews.recordOutcome({ reviewId: annual.id, version: annual.version, heldOn: annual.dueOn, outcome: "continue", notes: "Working well.", change: null });
    expect(done.nextAnnualReviewDueOn).toBe(computeDeadline(limits, "annual_review", annual.dueOn).due);
    await expect(as("case_officer").reviews.recordOutcome({ reviewId: annual.id, version: done.version, heldOn: annual.dueOn, outcome: "continue", notes: "", change: null })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const early = await as("case_officer").reviews.scheduleEarly({ budgetId: b.budgetId, dueOn: "2026-11-15", notes: "The plan is being reviewed early." });
    expect((await as("case_officer").reviews.get({ reviewId: early.id })).kind).toBe("early_review");
    expect(await actionsFor(b.childId)).toEqual(expect.arrayContaining(["review.record_outcome", "review.schedule_early"]));
  });
});

describe("cessation", () => {
  it("cancels instalments after the last payment, ends the budget, and checks the notice against the policy's weeks", async () => {
    const b = await createBudget([assistant]);
    await as("case_officer").budgets.recordAgreement(agreement(b.budgetId));
    const view = await as("case_officer").budgets.get({ budgetId: b.budgetId });
    const all = await paymentsOf(b.budgetId);
    const meeting = "2026-09-01";
    const noticeDue = computeDeadline(limits, "cessation_notice", meeting).due;
    const base = { budgetId: b.budgetId, budgetVersion: view.version, reasonCode: "consent_withdrawn" as const, reasonsText: "The family asked to stop.", decidedOn: "2026-09-05", annualReviewMeetingOn: meeting, noticeSentOn: "2026-09-10", lastPaymentOn: "2026-10-01" };

    const before = await counts();
    await expect(as("case_officer").cessations.record({ ...base, noticeSentOn: "2026-09-02" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^noticeSentOn: cannot be before the decision/) });
    // Stale: the budget's version is checked last, after the cessation and the cancellations are written: all rolled back.
    await expect(as("case_officer").cessations.record({ ...base, budgetVersion: view.version + 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await counts()).toEqual(before);
    expect((await paymentsOf(b.budgetId)).every((p) => p.status === "scheduled")).toBe(true);

    const late = addDaysIso(noticeDue, 1);
    const ceased = await as("case_officer").cessations.record({ ...base, noticeSentOn: late });
    expect(ceased).toMatchObject({ noticeDueOn: noticeDue, late: true });
    const after = await paymentsOf(b.budgetId);
    expect(after.filter((p) => p.status === "cancelled").map((p) => p.due_on)).toEqual(all.filter((p) => p.due_on > "2026-10-01").map((p) => p.due_on));
    expect(ceased.cancelledPence).toBe(sum(all.filter((p) => p.due_on > "2026-10-01")));
    const ended = await as("case_officer").budgets.get({ budgetId: b.budgetId });
    expect(ended).toMatchObject({ status: "ceased", ceasedOn: "2026-10-01" });
    expect(ended.cessation).toMatchObject({ reasonCode: "consent_withdrawn", noticeDueOn: noticeDue, late: true });
    const [last] = after.filter((p) => p.due_on === "2026-10-01");
    await expect(as("finance_officer").budgets.markInstalmentPaid({ paymentId: last?.id ?? "", paidOn: "2026-10-01" })).resolves.toBeTruthy();
    const [cancelled] = after.filter((p) => p.status === "cancelled");
    await expect(as("finance_officer").budgets.markInstalmentPaid({ paymentId: cancelled?.id ?? "", paidOn: "2026-11-01" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await actionsFor(b.childId)).toContain("cessation.record");
  });

  it("records a notice not yet sent as due, and then sent", async () => {
    const b = await createBudget([assistant]);
    const view = await as("case_officer").budgets.get({ budgetId: b.budgetId });
    const ceased = await as("case_officer").cessations.record({ budgetId: b.budgetId, budgetVersion: view.version, reasonCode: "moved_out_of_area", reasonsText: "Moved away.", decidedOn: "2026-09-05", annualReviewMeetingOn: "2026-09-01", noticeSentOn: null, lastPaymentOn: "2026-09-01" });
    const queues = await inCouncil(database.db, council, "case_officer", "2026-09-06", (ctx) => listWorkQueues(ctx, ["case_officer"]));
    expect(queues.find((q) => q.id === "notices_due")?.items.map((i) => [i.id, i.dueOn])).toContainEqual([ceased.id, computeDeadline(limits, "cessation_notice", "2026-09-01").due]);
    const sent = await as("case_officer").cessations.markNoticeSent({ cessationId: ceased.id, version: 1, on: "2026-09-08" });
    expect(sent).toEqual({ version: 2, late: false });
    // The notice recorded as sent is queued for GOV.UK Notify in the same transaction (issue 21).
    expect((await actionsFor(b.childId)).slice(-4)).toEqual(["budget.create", "cessation.record", "cessation.notice_sent", "message.queued"]);
    await expect(as("case_officer").cessations.markNoticeSent({ cessationId: ceased.id, version: 1, on: "2026-09-08" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
