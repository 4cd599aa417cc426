import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { adoptPreset } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

// The letters a family must be sent besides the decision letter: the notice that a budget ends (T6)
// and the outcome of a review of a decision (T7), each with an audited "sent" mark; and the panel's
// outcome of a budget's review, which a panel member may record.

let database: Database;
let silent: TestCouncil;
let surrey: TestCouncil;

const as = (who: TestCouncil, role: keyof TestCouncil["users"]) => callerFor(database.db, who.users[role]);

const assistant = {
  stream: "social_care" as const, service: "personal_assistant", arrangement: "direct_payment" as const, recipient: "parent" as const,
  onSchoolPremises: false, schoolAgreed: null, needIdentifiedByProfessional: true, annualCostPence: 520_000, commissionedCostPence: 600_000, linkedOutcomes: ["E1"],
};

async function addChild(who: TestCouncil) {
  const childId = randomUUID();
  const planId = randomUUID();
  const db = database.db;
  await db.insertInto("child").values({ council_id: who.id, id: childId, reference: `LT-${childId.slice(0, 8)}`, given_name: "Mary", family_name: "Somerville", date_of_birth: "2014-02-01" }).execute();
  await db.insertInto("plan").values({ council_id: who.id, id: planId, child_id: childId, type: "ehcp", status: "annual_review", issued_on: "2023-09-01" }).execute();
  await db.insertInto("plan").values({ council_id: who.id, id: randomUUID(), child_id: childId, type: "child_in_need", status: "final" }).execute();
  await db.insertInto("plan_outcome").values({ council_id: who.id, plan_id: planId, code: "E1", description: "Outcome E1" }).execute();
  return { childId, planId };
}

async function decided(who: TestCouncil, outcome: "approved" | "refused") {
  const child = await addChild(who);
  const created = await as(who, "case_officer").requests.create({ childId: child.childId, planId: child.planId, stage: "annual_review", receivedOn: "2026-04-01", lines: [assistant] });
  const view = await as(who, "panel_member").requests.get({ requestId: created.id });
  const decision = await as(who, "panel_member").decisions.record({
    requestLineId: view.lines[0]?.id ?? "", requestVersion: view.version, decidedOn: "2026-04-10", outcome, amountPence: null, arrangement: null,
    panel: "Multi-agency resource panel", reasons: [{ text: outcome === "refused" ? "The need is met by the short breaks already in place." : "The support meets the plan's outcomes." }],
  });
  await as(who, "case_officer").decisions.markFamilyTold({ decisionId: decision.id, version: 1, on: "2026-04-11" });
  return { ...child, requestId: created.id, decisionId: decision.id, lineId: view.lines[0]?.id ?? "" };
}

async function budgetFor(who: TestCouncil) {
  const request = await decided(who, "approved");
  const view = await as(who, "case_officer").requests.get({ requestId: request.requestId });
  const budget = await as(who, "case_officer").budgets.create({
    requestId: request.requestId, startsOn: "2026-05-01", endsOn: "2027-03-31",
    lines: view.lines.map((l) => ({ requestLineId: l.id, frequency: "monthly" as const, linkedOutcomes: l.linkedOutcomes })),
  });
  return { ...request, budgetId: budget.id };
}

async function cease(who: TestCouncil, b: { budgetId: string }) {
  const view = await as(who, "case_officer").budgets.get({ budgetId: b.budgetId });
  return as(who, "case_officer").cessations.record({
    budgetId: b.budgetId, budgetVersion: view.version, reasonCode: "not_used_for_agreed_provision", reasonsText: "The review found the payments were not spent on the personal assistant.",
    decidedOn: "2026-09-05", annualReviewMeetingOn: "2026-09-01", noticeSentOn: null, lastPaymentOn: "2026-10-01",
  });
}

const actions = async (who: TestCouncil, entityId: string) =>
  (await database.db.selectFrom("audit_log").select(["action", "after"]).where("council_id", "=", who.id).where("entity_id", "=", entityId).orderBy("at").orderBy("id").execute());

const text = (value: unknown) => JSON.stringify(value);

beforeAll(async () => {
  database = await openTestDatabase();
  silent = await createTestCouncil(database.db, "Letters code of practice");
  surrey = await createTestCouncil(database.db, "Letters Surrey");
  await inCouncil(database.db, silent, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "code-of-practice", effectiveFrom: "2024-04-01" }));
  await inCouncil(database.db, surrey, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
});
afterAll(async () => database?.close());

describe("the cessation notice", () => {
  it("gives the reasons, the last payment date in en-GB and how to challenge, with no time limit where the policy sets none", async () => {
    const b = await budgetFor(silent);
    const ceased = await cease(silent, b);
    const { letter, cessation } = await as(silent, "panel_member").cessations.notice({ cessationId: ceased.id });
    expect(letter.title).toBe("Notice that your personal budget will end");
    expect(letter.childName).toBe("Mary Somerville");
    expect(letter.opening[0]).toContain("1 September 2026");
    const decided = letter.sections[0];
    expect(decided?.terms).toEqual([
      { label: "Decided on", value: "5 September 2026" },
      { label: "Reason", value: "Not used for the agreed provision" },
      { label: "Last payment", value: "1 October 2026" },
    ]);
    expect(decided?.paragraphs[0]?.text).toBe("The review found the payments were not spent on the personal assistant.");
    expect(letter.sections[1]?.paragraphs[0]?.text).toBe("The personal budget ends with the last payment on 1 October 2026. Nothing is paid after that date.");
    expect(letter.sections[1]?.terms[0]?.value).toMatch(/^£5,200\.00 a year, as a direct payment to the parent or carer/);
    const headings = letter.sections.map((s) => s.heading);
    expect(headings).toEqual(expect.arrayContaining(["If you disagree: asking for a review", "Mediation", "The SEND Tribunal and judicial review", "Complaints"]));
    const review = letter.sections.find((s) => s.heading === "If you disagree: asking for a review");
    expect(review?.paragraphs[0]?.text).toMatch(/sets no time limit for asking for a review\. If you disagree with the decision to end the personal budget, write to your case officer as soon as you can/);
    expect(text(letter)).toMatch(/Local Government and Social Care Ombudsman/);
    expect(text([letter.opening, letter.sections, letter.signOff])).not.toMatch(/undefined|NaN|\d{4}-\d{2}-\d{2}/);
    expect(cessation).toMatchObject({ id: ceased.id, noticeSentOn: null, version: 1 });
  });

  it("counts the time limit for asking from the notice under a policy that sets one, and keeps the date it was sent", async () => {
    const b = await budgetFor(surrey);
    const ceased = await cease(surrey, b);
    const sent = await as(surrey, "panel_member").cessations.markNoticeSent({ cessationId: ceased.id, version: 1, on: "2026-09-08" });
    expect(sent).toEqual({ version: 2, late: false });
    const { letter, cessation } = await as(surrey, "case_officer").cessations.notice({ cessationId: ceased.id });
    expect(letter.dateText).toBe("8 September 2026");
    expect(cessation.noticeSentOn).toBe("2026-09-08");
    const review = letter.sections.find((s) => s.heading === "If you disagree: asking for a review");
    expect(review?.paragraphs[0]?.text).toBe(
      "If you disagree with the decision to end the personal budget, write to your case officer and ask for it to be reviewed by 23 September 2026. That is 15 calendar days from the date of this letter.",
    );
    expect(letter.sections[0]?.paragraphs.map((p) => p.source)).toContain("Surrey personal budgets policy (002), T6");
    expect((await actions(surrey, ceased.id)).map((a) => a.action)).toEqual(["cessation.record", "cessation.notice_sent"]);
  });

  it("is for case officers and panels; another council's cessation is not found", async () => {
    const b = await budgetFor(silent);
    const ceased = await cease(silent, b);
    await expect(as(silent, "finance_officer").cessations.notice({ cessationId: ceased.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(silent, "manager").cessations.markNoticeSent({ cessationId: ceased.id, version: 1, on: "2026-09-08" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(surrey, "case_officer").cessations.notice({ cessationId: ceased.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as(silent, "case_officer").cessations.markNoticeSent({ cessationId: ceased.id, version: 1, on: "2099-01-01" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^noticeSentOn: cannot be in the future/) });
  });
});

describe("the outcome of a review of a decision", () => {
  it("says what was decided and that nothing changes when upheld, offers the next routes but no second review, and records the letter as sent, audited", async () => {
    const r = await decided(silent, "refused");
    const officer = as(silent, "case_officer");
    const opened = await officer.disagreements.open({ decisionId: r.decisionId, requestedOn: "2026-04-20", receivedOn: "2026-04-21", grounds: "The short breaks do not cover evenings." });
    await expect(officer.disagreements.outcomeLetter({ disagreementId: opened.id })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^disagreementId: the review has no outcome yet/) });
    const met = await officer.disagreements.recordMeeting({ disagreementId: opened.id, version: 1, meetingOn: "2026-04-28" });
    const done = await officer.disagreements.recordOutcome({ disagreementId: opened.id, version: met.version, outcome: "upheld", outcomeOn: "2026-05-05", notes: "The evening support is in the short breaks plan from June.", newDecision: null });
    const { letter, disagreement } = await as(silent, "panel_member").disagreements.outcomeLetter({ disagreementId: opened.id });
    expect(letter.title).toBe("The outcome of your request for a review: we have kept our decision");
    const [what, changes, next, ...routes] = letter.sections;
    expect(what?.terms).toEqual([
      { label: "You asked for a review on", value: "20 April 2026" },
      { label: "We met you on", value: "28 April 2026" },
      { label: "Outcome decided on", value: "5 May 2026" },
    ]);
    expect(what?.paragraphs.map((p) => p.text)).toEqual(["We have looked again at our decision of 10 April 2026 and decided to keep it.", "The evening support is in the short breaks plan from June."]);
    expect(changes?.paragraphs[0]?.text).toBe("Nothing changes: our decision of 10 April 2026 stands.");
    expect(changes?.terms[0]).toEqual({ label: "Decision", value: "Not agreed, on 10 April 2026" });
    expect(next?.paragraphs[0]?.text).toMatch(/will not review the decision again/);
    expect(routes.map((s) => s.heading)).toEqual(["Mediation", "The SEND Tribunal and judicial review", "Complaints"]);
    expect(text(letter)).toMatch(/judicial review/);
    expect(text(letter)).toMatch(/Local Government and Social Care Ombudsman/);

    await expect(officer.disagreements.markOutcomeLetterSent({ disagreementId: opened.id, version: done.version, on: "2026-05-04" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^on: cannot be before the outcome/) });
    const sent = await as(silent, "panel_member").disagreements.markOutcomeLetterSent({ disagreementId: opened.id, version: disagreement.version, on: "2026-05-06" });
    expect(sent.version).toBe(disagreement.version + 1);
    await expect(officer.disagreements.markOutcomeLetterSent({ disagreementId: opened.id, version: sent.version, on: "2026-05-07" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const audit = await actions(silent, opened.id);
    expect(audit.map((a) => a.action)).toEqual(["disagreement.open", "disagreement.meeting", "disagreement.outcome", "disagreement.outcome_letter_sent"]);
    expect(audit.at(-1)?.after).toEqual({ outcomeLetterSentOn: "2026-05-06" });
    const after = await officer.disagreements.outcomeLetter({ disagreementId: opened.id });
    expect(after.letter.dateText).toBe("6 May 2026");
    expect((await officer.disagreements.get({ disagreementId: opened.id })).outcomeLetterSentOn).toBe("2026-05-06");
    await expect(as(silent, "finance_officer").disagreements.outcomeLetter({ disagreementId: opened.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(surrey, "case_officer").disagreements.outcomeLetter({ disagreementId: opened.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("says what changes when the decision is changed, with the new terms", async () => {
    const r = await decided(surrey, "refused");
    const officer = as(surrey, "case_officer");
    const opened = await officer.disagreements.open({ decisionId: r.decisionId, requestedOn: "2026-04-20", receivedOn: "2026-04-21", grounds: "The therapist identified the need." });
    const done = await officer.disagreements.recordOutcome({
      disagreementId: opened.id, version: 1, outcome: "changed", outcomeOn: "2026-05-05", notes: "New evidence of the need.",
      newDecision: { outcome: "approved_changed", amountPence: 400_000, arrangement: "organised", panel: "Multi-agency resource panel", reasons: [{ text: "Commissioned at a lower cost." }] },
    });
    const { letter, disagreement } = await officer.disagreements.outcomeLetter({ disagreementId: opened.id });
    expect(disagreement.newDecisionId).toBe(done.newDecisionId);
    expect(letter.title).toBe("The outcome of your request for a review: we have changed our decision");
    const changes = letter.sections.find((s) => s.heading === "What changes");
    expect(changes?.terms).toEqual([
      { label: "Decision", value: "Agreed, with changes, on 5 May 2026" },
      { label: "Amount", value: "£4,000.00 a year" },
      { label: "How it is managed", value: expect.stringMatching(/^An organised budget/) },
    ]);
    expect(letter.sections.find((s) => s.heading === "Mediation")?.paragraphs[0]?.source).toBe("Surrey personal budgets policy (002), T7");
    expect(letter.sections.find((s) => s.heading === "Complaints")?.paragraphs[0]?.text).toMatch(/complaints procedure/);
  });
});

describe("the outcome of a budget's review", () => {
  it("may be recorded by a panel member, audited as theirs; a finance officer may not", async () => {
    const b = await budgetFor(silent);
    const budget = await as(silent, "case_officer").budgets.get({ budgetId: b.budgetId });
    const early = await as(silent, "case_officer").reviews.scheduleEarly({ budgetId: b.budgetId, dueOn: "2026-07-01", notes: "The plan is reviewed early." });
    const review = await as(silent, "panel_member").reviews.get({ reviewId: early.id });
    await expect(as(silent, "finance_officer").reviews.recordOutcome({ reviewId: early.id, version: review.version, heldOn: "2026-07-01", outcome: "continue", notes: "", change: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const done = await as(silent, "panel_member").reviews.recordOutcome({ reviewId: early.id, version: review.version, heldOn: "2026-07-01", outcome: "continue", notes: "The panel keeps the budget as it is.", change: null });
    expect(done.version).toBe(review.version + 1);
    const audit = await database.db.selectFrom("audit_log").select(["action", "actor_user_id"]).where("council_id", "=", silent.id).where("entity_id", "=", early.id).where("action", "=", "review.record_outcome").execute();
    expect(audit).toEqual([{ action: "review.record_outcome", actor_user_id: silent.users.panel_member }]);
    expect(budget.status).toBe("active");
  });
});
