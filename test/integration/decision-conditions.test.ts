import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { adoptPreset, createPaymentRun, getPaymentRun, listWorkQueues } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

// Conditions before money: a line the check left "to confirm" is approved with each condition confirmed,
// or subject to it, and nothing of it is paid (by a payment run or by hand) until it is confirmed.
let database: Database;
let council: TestCouncil;
let other: TestCouncil;

const as = (role: keyof TestCouncil["users"]) => callerFor(database.db, council.users[role]);

// Surrey: school-funded support only if the head teacher agrees (R6), whatever the arrangement.
const schoolFunded = {
  stream: "education" as const, service: "school_funded_support", arrangement: "organised" as const, recipient: null, onSchoolPremises: true,
  schoolAgreed: null, needIdentifiedByProfessional: true, annualCostPence: 240_000, commissionedCostPence: 300_000, linkedOutcomes: ["E1"],
};
const confirmed = { result: "confirmed" as const, what: "The head teacher agreed to the support in school.", confirmedBy: "Head teacher, Oak Primary", confirmedOn: "2026-04-08", evidence: "Signed letter of 8 April 2026 on the case file." };

async function addChild(): Promise<{ childId: string; planId: string }> {
  const childId = randomUUID();
  const planId = randomUUID();
  await database.db.insertInto("child").values({ council_id: council.id, id: childId, reference: `K-${childId.slice(0, 8)}`, given_name: "Ada", family_name: "Byron", date_of_birth: "2014-02-01" }).execute();
  await database.db.insertInto("plan").values({ council_id: council.id, id: planId, child_id: childId, type: "ehcp", status: "annual_review", issued_on: "2023-09-01" }).execute();
  await database.db.insertInto("plan_outcome").values({ council_id: council.id, plan_id: planId, code: "E1", description: "Outcome E1" }).execute();
  return { childId, planId };
}

async function conditionalRequest() {
  const child = await addChild();
  const created = await as("case_officer").requests.create({ childId: child.childId, planId: child.planId, stage: "annual_review", receivedOn: "2026-04-01", lines: [schoolFunded] });
  const view = await as("panel_member").requests.get({ requestId: created.id });
  const line = view.lines[0];
  if (!line) throw new Error("one line");
  return { ...child, requestId: created.id, version: view.version, line };
}

const decide = (r: Awaited<ReturnType<typeof conditionalRequest>>, conditions?: unknown[]) =>
  as("panel_member").decisions.record({
    requestLineId: r.line.id, requestVersion: r.version, decidedOn: "2026-04-10", outcome: "approved", amountPence: null, arrangement: null, panel: null,
    reasons: [{ text: "The support meets the plan's outcome." }], ...(conditions ? { conditions: conditions as never } : {}),
  });

async function budgetFor(r: Awaited<ReturnType<typeof conditionalRequest>>) {
  const budget = await as("case_officer").budgets.create({ requestId: r.requestId, startsOn: "2026-05-01", endsOn: "2027-03-31", lines: [{ requestLineId: r.line.id, frequency: "monthly", linkedOutcomes: ["E1"] }] });
  const view = await as("finance_officer").budgets.get({ budgetId: budget.id });
  return view;
}

async function runCovering(paymentId: string, dueOn: string) {
  return inCouncil(database.db, council, "finance_officer", "2026-04-30", async (ctx) => {
    const made = await createPaymentRun(ctx, { from: dueOn, to: dueOn, payOn: "2026-04-30", idempotencyKey: randomUUID() });
    const run = await getPaymentRun(ctx, made.runId);
    return { inRun: run.items.some((i) => i.paymentId === paymentId), exceptions: run.exceptions.filter((e) => e.paymentId === paymentId).map((e) => e.reasons.map((x) => x.code)) };
  });
}

const conditionQueue = async (role: "case_officer" | "panel_member" | "finance_officer") =>
  (await inCouncil(database.db, council, role, "2026-12-01", (ctx) => listWorkQueues(ctx, [role]))).find((q) => q.id === "conditions_unconfirmed");

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Conditions");
  other = await createTestCouncil(database.db, "Conditions other");
  await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
});
afterAll(async () => database?.close());

describe("a conditional line approved subject to its condition", () => {
  it("pays nothing, by a payment run or by hand, until the condition is confirmed; then it pays", async () => {
    const r = await conditionalRequest();
    expect(r.line.check.outcome).toBe("conditional");
    expect(r.line.conditions).toMatchObject([{ id: null, code: "SCHOOL_AGREEMENT_REQUIRED", status: "pending", label: "the school or college's agreement" }]);
    await decide(r);
    const decided = await as("case_officer").requests.get({ requestId: r.requestId });
    const condition = decided.lines[0]?.conditions[0];
    expect(condition).toMatchObject({ code: "SCHOOL_AGREEMENT_REQUIRED", status: "pending", confirmedOn: null });
    if (!condition?.id || condition.version === null) throw new Error("a recorded condition");

    const queued = await conditionQueue("case_officer");
    expect(queued?.items.find((i) => i.id === condition.id)).toMatchObject({ href: `/requests/${r.requestId}#conditions-line-1`, detail: "Approved on 10 April 2026 subject to the school or college's agreement: not yet confirmed" });
    expect((await conditionQueue("panel_member"))?.items.some((i) => i.id === condition.id)).toBe(true);
    expect(await conditionQueue("finance_officer")).toBeUndefined();

    const budget = await budgetFor(r);
    const [first, second] = budget.lines[0]?.payments ?? [];
    if (!first || !second) throw new Error("instalments");
    expect(first).toMatchObject({ payable: false, reasons: ["The panel approved this line subject to the school or college's agreement, which is not yet confirmed."] });
    expect(budget.lines[0]?.conditions).toMatchObject([{ id: condition.id, status: "pending" }]);
    expect(await runCovering(first.id, first.dueOn)).toEqual({ inRun: false, exceptions: [["CONDITION_NOT_CONFIRMED"]] });
    await expect(as("finance_officer").budgets.markInstalmentPaid({ paymentId: second.id, paidOn: "2026-06-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST", message: expect.stringMatching(/^paymentId: cannot be paid: The panel approved this line subject to the school or college's agreement/),
    });

    // Who may confirm, and what a confirmation needs.
    const confirm = { conditionId: condition.id, version: condition.version, ...confirmed };
    await expect(as("finance_officer").decisions.confirmCondition(confirm)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as("manager").decisions.confirmCondition(confirm)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const casePage = await as("case_officer").children.get({ childId: r.childId });
    expect(casePage.requests[0]?.lines[0]?.conditions).toMatchObject([{ id: condition.id, status: "pending", label: "the school or college's agreement" }]);
    await expect(as("case_officer").decisions.confirmCondition({ ...confirm, confirmedOn: "2099-01-01" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^confirmedOn: cannot be in the future/) });
    await expect(as("case_officer").decisions.confirmCondition({ ...confirm, confirmedOn: "2026-03-31" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^confirmedOn: cannot be before the request/) });
    await expect(as("case_officer").decisions.confirmCondition({ ...confirm, evidence: " " })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^evidence: is required/) });
    await expect(as("case_officer").decisions.confirmCondition({ ...confirm, version: condition.version + 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callerFor(database.db, other.users.case_officer).decisions.confirmCondition(confirm)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const done = await as("case_officer").decisions.confirmCondition(confirm);
    expect(done).toMatchObject({ id: condition.id, status: "confirmed" });
    await expect(as("panel_member").decisions.confirmCondition({ ...confirm, version: done.version })).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await database.db.selectFrom("audit_log").select(["action", "after"]).where("council_id", "=", council.id).where("entity_id", "=", condition.id).execute();
    expect(audit).toMatchObject([{ action: "decision_condition.confirm", after: { code: "SCHOOL_AGREEMENT_REQUIRED", status: "confirmed", confirmedBy: confirmed.confirmedBy, confirmedOn: "2026-04-08" } }]);
    const after = await as("case_officer").requests.get({ requestId: r.requestId });
    expect(after.lines[0]?.conditions[0]).toMatchObject({ status: "confirmed", what: confirmed.what, confirmedBy: confirmed.confirmedBy, confirmedOn: "2026-04-08", evidence: confirmed.evidence });
    expect((await conditionQueue("case_officer"))?.items.some((i) => i.id === condition.id)).toBe(false);

    expect(await runCovering(first.id, first.dueOn)).toEqual({ inRun: true, exceptions: [] });
    await as("finance_officer").budgets.markInstalmentPaid({ paymentId: second.id, paidOn: "2026-06-01" });
    const paid = await as("finance_officer").budgets.get({ budgetId: budget.id });
    expect(paid.lines[0]?.payments.find((p) => p.id === second.id)).toMatchObject({ status: "paid" });
  });

  it("records a condition confirmed at the decision, so the line pays from the start", async () => {
    const r = await conditionalRequest();
    await decide(r, [{ code: "SCHOOL_AGREEMENT_REQUIRED", ...confirmed }]);
    const view = await as("case_officer").requests.get({ requestId: r.requestId });
    expect(view.lines[0]?.conditions).toMatchObject([{ status: "confirmed", confirmedBy: confirmed.confirmedBy, confirmedOn: "2026-04-08" }]);
    const budget = await budgetFor(r);
    expect(budget.lines[0]?.payments.every((p) => p.payable)).toBe(true);
  });

  it("refuses an approval on a condition found not met, a confirmation without its evidence, and a condition the line does not have, writing nothing", async () => {
    const r = await conditionalRequest();
    const before = await database.db.selectFrom("decision").select((eb) => eb.fn.countAll<number>().as("n")).where("council_id", "=", council.id).executeTakeFirstOrThrow();
    await expect(decide(r, [{ code: "SCHOOL_AGREEMENT_REQUIRED", ...confirmed, result: "not_met", what: "The head teacher declined." }])).rejects.toMatchObject({
      code: "BAD_REQUEST", message: expect.stringMatching(/^conditions\.0\.result: a condition found not met/),
    });
    await expect(decide(r, [{ code: "SCHOOL_AGREEMENT_REQUIRED", ...confirmed, evidence: "" }])).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^conditions\.0\.evidence: /) });
    await expect(decide(r, [{ code: "CAPACITY_NOT_CONFIRMED", result: "pending" }])).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^conditions\.0\.code: is not a condition of this line/) });
    const after = await database.db.selectFrom("decision").select((eb) => eb.fn.countAll<number>().as("n")).where("council_id", "=", council.id).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // A refusal because the school declined is recorded as such, and leaves nothing waiting.
    await as("panel_member").decisions.record({
      requestLineId: r.line.id, requestVersion: r.version, decidedOn: "2026-04-10", outcome: "refused", amountPence: null, arrangement: null, panel: null,
      reasons: [{ code: "SCHOOL_AGREEMENT_REQUIRED", text: "The head teacher does not agree to the support in school." }],
    });
    const view = await as("case_officer").requests.get({ requestId: r.requestId });
    expect(view.lines[0]?.conditions.every((c) => c.id === null)).toBe(true);
  });

  it("a condition later found not met keeps the line unpaid and asks the panel to decide again", async () => {
    const r = await conditionalRequest();
    await decide(r);
    const budget = await budgetFor(r);
    const condition = budget.lines[0]?.conditions[0];
    if (!condition?.id || condition.version === null) throw new Error("a recorded condition");
    await as("panel_member").decisions.confirmCondition({ conditionId: condition.id, version: condition.version, ...confirmed, result: "not_met", what: "The head teacher declined." });
    const view = await as("finance_officer").budgets.get({ budgetId: budget.id });
    expect(view.lines[0]?.payments.some((p) => p.payable)).toBe(false);
    expect((await conditionQueue("panel_member"))?.items.find((i) => i.id === condition.id)?.detail).toMatch(/found not met, so the panel must decide the line again$/);
    await expect(as("case_officer").decisions.confirmCondition({ conditionId: condition.id, version: condition.version + 1, ...confirmed })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
