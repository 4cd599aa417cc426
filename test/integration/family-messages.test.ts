import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@pb/auth";
import { withCouncil, type Database } from "@pb/db";
import {
  adoptPreset, approvePaymentRun, createNotifyApi, sendDueMessages, createPaymentRun, enqueueCouncilReminders, enqueueDueReminders, importRemittance, markNoticeSent, recordRecoveryDecision,
  recordDisagreementOutcome, saveFamilyContact, type ServiceContext,
} from "@pb/services";
import { openOwnTestDatabase, runtimeDbFor } from "./support/database";
import { startFakeNotify } from "./support/fake-notify";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";
import { addCase, type DirectPaymentCase } from "./finance-fixtures";

// Issue 21: the messages a change sends the family are queued in the change's own transaction (one
// outbox row per event, none when the change rolls back), and reminders once per due date however
// often they run. Both backends.

const TODAY = "2026-11-24";
let database: Database;
let council: TestCouncil;
let money: TestCouncil;
let other: TestCouncil;

const as = (who: TestCouncil, role: Role) => callerFor(database.db, who.users[role]);
const inRole = <T>(role: Role, work: (ctx: ServiceContext) => Promise<T>, today = TODAY) => inCouncil(database.db, money, role, today, work);

const assistant = {
  stream: "social_care" as const, service: "personal_assistant", arrangement: "direct_payment" as const, recipient: "parent" as const,
  onSchoolPremises: false, schoolAgreed: null, needIdentifiedByProfessional: true, annualCostPence: 520_000, commissionedCostPence: 600_000, linkedOutcomes: ["E1"],
};

async function outbox(subjectId: string, who: TestCouncil = council) {
  return database.db
    .selectFrom("notification_outbox")
    .select(["kind", "child_id", "subject_type", "subject_id", "personalisation", "status", "idempotency_key"])
    .where("council_id", "=", who.id)
    .where("subject_id", "=", subjectId)
    .orderBy("created_at")
    .execute();
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? `${error.code}: ${error.message}` : `not a TRPCError: ${String(error)}`;
  }
}

async function addChild(who: TestCouncil) {
  const childId = randomUUID();
  const planId = randomUUID();
  const reference = `FM-${childId.slice(0, 8)}`;
  await database.db.insertInto("child").values({ council_id: who.id, id: childId, reference, given_name: "Ada", family_name: "Lovelace", date_of_birth: "2014-02-01" }).execute();
  await database.db.insertInto("plan").values({ council_id: who.id, id: planId, child_id: childId, type: "ehcp", status: "annual_review", issued_on: "2023-09-01" }).execute();
  // A child in need plan: the assessed social care need an approval for social care rests on (R3).
  await database.db.insertInto("plan").values({ council_id: who.id, id: randomUUID(), child_id: childId, type: "child_in_need", status: "final" }).execute();
  await database.db.insertInto("plan_outcome").values({ council_id: who.id, plan_id: planId, code: "E1", description: "Outcome E1" }).execute();
  return { childId, planId, reference };
}

async function decided(outcome: "approved" | "refused") {
  const child = await addChild(council);
  const created = await as(council, "case_officer").requests.create({ childId: child.childId, planId: child.planId, stage: "annual_review", receivedOn: "2026-04-01", lines: [assistant] });
  const view = await as(council, "panel_member").requests.get({ requestId: created.id });
  const decision = await as(council, "panel_member").decisions.record({
    requestLineId: view.lines[0]?.id ?? "", requestVersion: view.version, decidedOn: "2026-04-10", outcome, amountPence: null, arrangement: null,
    panel: "Multi-agency resource panel", reasons: [{ text: outcome === "refused" ? "The need is met by the short breaks already in place." : "The support meets the plan's outcomes." }],
  });
  await as(council, "case_officer").decisions.markFamilyTold({ decisionId: decision.id, version: 1, on: "2026-04-11" });
  return { ...child, requestId: created.id, decisionId: decision.id };
}

async function budgetFor() {
  const request = await decided("approved");
  const view = await as(council, "case_officer").requests.get({ requestId: request.requestId });
  const budget = await as(council, "case_officer").budgets.create({
    requestId: request.requestId, startsOn: "2026-05-01", endsOn: "2027-03-31",
    lines: view.lines.map((l) => ({ requestLineId: l.id, frequency: "monthly" as const, linkedOutcomes: l.linkedOutcomes })),
  });
  return { ...request, budgetId: budget.id };
}

async function cease(b: { budgetId: string }, noticeSentOn: string | null) {
  const view = await as(council, "case_officer").budgets.get({ budgetId: b.budgetId });
  return as(council, "case_officer").cessations.record({
    budgetId: b.budgetId, budgetVersion: view.version, reasonCode: "not_used_for_agreed_provision", reasonsText: "The review found the payments were not spent on the personal assistant.",
    decidedOn: "2026-09-05", annualReviewMeetingOn: "2026-09-01", noticeSentOn, lastPaymentOn: "2026-10-01",
  });
}

/** Runs a verb and then fails, as any later error in the same transaction would: everything it wrote must go. */
async function thenFail(work: (ctx: ServiceContext) => Promise<unknown>, who: TestCouncil = council): Promise<void> {
  await expect(
    withCouncil(database.db, who.id, async (trx) => {
      await work({ db: trx, councilId: who.id, actorUserId: who.users.case_officer, today: TODAY });
      throw new Error("a later step failed");
    }),
  ).rejects.toThrow("a later step failed");
}

beforeAll(async () => {
  // A database of its own: the sender below sends every council's due messages, which must be only these.
  database = await openOwnTestDatabase("family_messages");
  council = await createTestCouncil(database.db, "Family messages");
  money = await createTestCouncil(database.db, "Family messages Surrey");
  other = await createTestCouncil(database.db, "Family messages other");
  await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "code-of-practice", effectiveFrom: "2024-04-01" }));
  // Surrey's policy sets the underspend threshold (6 weeks) a recovery decision needs.
  for (const c of [money, other]) await inCouncil(database.db, c, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
});
afterAll(async () => database?.close());

describe("the notice that a budget ends", () => {
  it("is queued once, when the notice is recorded as sent, with the council, the case reference and the last payment in en-GB", async () => {
    const b = await budgetFor();
    const ceased = await cease(b, null);
    expect(await outbox(ceased.id)).toEqual([]);
    await as(council, "case_officer").cessations.markNoticeSent({ cessationId: ceased.id, version: 1, on: "2026-09-08" });
    const rows = await outbox(ceased.id);
    expect(rows).toEqual([
      {
        kind: "cessation_notice", child_id: b.childId, subject_type: "cessation", subject_id: ceased.id, status: "pending", idempotency_key: `cessation_notice:${ceased.id}`,
        personalisation: { council_name: council.name, child_reference: b.reference, last_payment_date: "1 October 2026" },
      },
    ]);
    // A second "sent" is refused, and queues nothing more.
    expect(await codeOf(as(council, "case_officer").cessations.markNoticeSent({ cessationId: ceased.id, version: 2, on: "2026-09-09" }))).toMatch(/^BAD_REQUEST: on: the notice was already recorded as sent/);
    expect(await outbox(ceased.id)).toHaveLength(1);
  });

  it("recorded as sent with the decision to end the budget, is queued with it", async () => {
    const b = await budgetFor();
    const ceased = await cease(b, "2026-09-08");
    expect((await outbox(ceased.id)).map((r) => r.kind)).toEqual(["cessation_notice"]);
  });

  it("is not queued when the change rolls back", async () => {
    const b = await budgetFor();
    const ceased = await cease(b, null);
    await thenFail((ctx) => markNoticeSent(ctx, { cessationId: ceased.id, version: 1, on: "2026-09-08" }));
    expect(await outbox(ceased.id)).toEqual([]);
    const row = await database.db.selectFrom("cessation").select("notice_sent_on").where("council_id", "=", council.id).where("id", "=", ceased.id).executeTakeFirstOrThrow();
    expect(row.notice_sent_on).toBeNull();
  });
});

describe("the outcome of a review of a decision", () => {
  async function opened() {
    const r = await decided("refused");
    const officer = as(council, "case_officer");
    const g = await officer.disagreements.open({ decisionId: r.decisionId, requestedOn: "2026-04-20", receivedOn: "2026-04-21", grounds: "The short breaks do not cover evenings." });
    const met = await officer.disagreements.recordMeeting({ disagreementId: g.id, version: 1, meetingOn: "2026-04-28" });
    return { ...r, disagreementId: g.id, version: met.version };
  }

  it("is queued once when the outcome is recorded, with the day it was decided", async () => {
    const g = await opened();
    expect(await outbox(g.disagreementId)).toEqual([]);
    await as(council, "panel_member").disagreements.recordOutcome({ disagreementId: g.disagreementId, version: g.version, outcome: "upheld", outcomeOn: "2026-05-05", notes: "The evening support is in the short breaks plan from June.", newDecision: null });
    const rows = await outbox(g.disagreementId);
    expect(rows.map((r) => [r.kind, r.child_id, r.subject_type, r.personalisation])).toEqual([
      ["disagreement_outcome", g.childId, "disagreement", { council_name: council.name, child_reference: g.reference, outcome_date: "5 May 2026" }],
    ]);
    expect(await codeOf(as(council, "panel_member").disagreements.recordOutcome({ disagreementId: g.disagreementId, version: g.version + 1, outcome: "upheld", outcomeOn: "2026-05-06", notes: "Again.", newDecision: null }))).toMatch(/^BAD_REQUEST: outcome: is already recorded/);
    expect(await outbox(g.disagreementId)).toHaveLength(1);
  });

  it("is sent by Notify with the council's template and the kind's fields, and its letter is then recorded as sent that day", async () => {
    const g = await opened();
    await database.db.insertInto("family_contact").values({ council_id: council.id, child_id: g.childId, email: "parent@example.com" }).execute();
    const templateId = randomUUID();
    await as(council, "admin").notifyTemplates.save({ kind: "disagreement_outcome", emailTemplateId: templateId, version: 0 });
    await as(council, "panel_member").disagreements.recordOutcome({ disagreementId: g.disagreementId, version: g.version, outcome: "upheld", outcomeOn: "2026-05-05", notes: "Kept.", newDecision: null });
    const [queued] = await database.db.selectFrom("notification_outbox").select("id").where("council_id", "=", council.id).where("subject_id", "=", g.disagreementId).execute();
    const notify = await startFakeNotify();
    try {
      await sendDueMessages(runtimeDbFor(database.db), { client: createNotifyApi({ apiKey: notify.apiKey, baseUrl: notify.baseUrl, timeoutMs: 5_000 }) });
      const sent = notify.received.filter((n) => n.reference === queued?.id);
      expect(sent.map((n) => [n.type, n.templateId, n.emailAddress, Object.keys(n.personalisation).sort()])).toEqual([
        ["email", templateId, "parent@example.com", ["child_reference", "council_name", "letter", "outcome_date"]],
      ]);
      expect(sent[0]?.personalisation).toMatchObject({ council_name: council.name, child_reference: g.reference, outcome_date: "5 May 2026" });
    } finally {
      await notify.close();
    }
    const row = await database.db.selectFrom("disagreement").select("outcome_letter_sent_on").where("council_id", "=", council.id).where("id", "=", g.disagreementId).executeTakeFirstOrThrow();
    expect(row.outcome_letter_sent_on).toBe(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date()));
  });

  it("is not queued when the change rolls back", async () => {
    const g = await opened();
    await thenFail((ctx) => recordDisagreementOutcome(ctx, { disagreementId: g.disagreementId, version: g.version, outcome: "withdrawn", outcomeOn: "2026-05-05", notes: "The family withdrew the request.", newDecision: null }));
    expect(await outbox(g.disagreementId)).toEqual([]);
  });
});

describe("direct payments: the recovery decision and the reminders", () => {
  let dp: DirectPaymentCase;
  let accountId = "";
  let reviewId = "";
  const finance = <T>(work: (ctx: ServiceContext) => Promise<T>) => inRole("finance_officer", work);

  beforeAll(async () => {
    // £5,200 a year paid quarterly, paid April to October: returns owed for April–June and July–September (due 28 October).
    dp = await addCase(database.db, money.id, { annualAmountPence: 520_000, frequency: "quarterly", start: "2026-04-01", end: "2027-03-31" });
    const { runId } = await finance((ctx) => createPaymentRun(ctx, { from: "2026-04-01", to: "2026-10-31", payOn: TODAY, idempotencyKey: randomUUID() }));
    const view = await finance((ctx) => approvePaymentRun(ctx, { runId }));
    const csv = ["Payment reference,Status,Date,Amount", ...view.items.map((i) => `${i.reference},paid,${i.dueOn < TODAY ? i.dueOn : TODAY},${(i.netPence / 100).toFixed(2)}`)].join("\r\n");
    await finance((ctx) => importRemittance(ctx, { runId, file: Buffer.from(csv) }));
    accountId = (await database.db.selectFrom("dp_account").select("id").where("council_id", "=", money.id).where("child_id", "=", dp.childId).executeTakeFirstOrThrow()).id;
    reviewId = (await database.db.insertInto("review").values({ council_id: money.id, child_id: dp.childId, budget_id: dp.budgetId, kind: "annual_review", due_on: "2026-12-10" }).returning("id").executeTakeFirstOrThrow()).id;
  });

  const decision = (recoverPence: number) => ({
    accountId, kind: "underspend" as const, financialYear: null, budgetLineId: dp.lineId, contingencyPence: 20_000, plannedPence: 50_000, recoverPence, method: "offset" as const,
    reasons: "Money built up while the personal assistant was off sick; a contingency and the summer scheme are kept.",
  });

  it("queues nothing for a recovery decision that rolls back, then one message for the decision recorded", async () => {
    await thenFail((ctx) => recordRecoveryDecision(ctx, decision(45_678)), money);
    expect(await database.db.selectFrom("notification_outbox").select("id").where("council_id", "=", money.id).where("kind", "=", "recovery_decision").execute()).toEqual([]);
    const decisionId = await as(money, "finance_officer").financeRecovery.decide(decision(45_678));
    const rows = await outbox(decisionId, money);
    expect(rows.map((r) => [r.kind, r.child_id, r.subject_type, r.personalisation])).toEqual([
      ["recovery_decision", dp.childId, "recovery_decision", { council_name: money.name, child_reference: dp.childReference, decision_date: expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ \d{4}$/) }],
    ]);
  });

  it("reminds only families who gave an email address", async () => {
    expect(await inRole("case_officer", (ctx) => enqueueCouncilReminders(ctx))).toEqual({ reviewReminders: 0, returnReminders: 0 });
    await inRole("case_officer", (ctx) => saveFamilyContact(ctx, { childId: dp.childId, version: 0, addressee: "Alex Example", email: null, addressLines: ["1 High Street", "Guildford"], postcode: "GU1 4AA" }));
    expect(await inRole("case_officer", (ctx) => enqueueCouncilReminders(ctx))).toEqual({ reviewReminders: 0, returnReminders: 0 });
  });

  it("reminds of a review due within four weeks and a return owed, once per due date however often they run", async () => {
    await inRole("case_officer", (ctx) => saveFamilyContact(ctx, { childId: dp.childId, version: 1, addressee: "Alex Example", email: "alex@example.com", addressLines: ["1 High Street", "Guildford"], postcode: "GU1 4AA" }));
    const first = await enqueueDueReminders(database.db, { today: TODAY });
    expect(first.reviewReminders).toBeGreaterThanOrEqual(1);
    expect(first.returnReminders).toBeGreaterThanOrEqual(1);
    const review = await outbox(reviewId, money);
    expect(review.map((r) => [r.kind, r.child_id, r.personalisation, r.idempotency_key])).toEqual([
      ["review_reminder", dp.childId, { council_name: money.name, child_reference: dp.childReference, review_due_date: "10 December 2026" }, `review_reminder:${reviewId}:2026-12-10`],
    ]);
    // April–June's return was due on 29 July, long past: only finance chases it now. July–September's is reminded of.
    const returns = await outbox(accountId, money);
    expect(returns.map((r) => [r.kind, r.personalisation])).toEqual([
      ["return_reminder", { council_name: money.name, child_reference: dp.childReference, return_period: "July to September 2026", return_due_date: "28 October 2026" }],
    ]);

    // Again, the same day and the next: nothing new.
    await enqueueDueReminders(database.db, { today: TODAY });
    expect(await inCouncil(database.db, money, "case_officer", "2026-11-25", (ctx) => enqueueCouncilReminders(ctx))).toEqual({ reviewReminders: 0, returnReminders: 0 });
    expect(await outbox(reviewId, money)).toHaveLength(1);
    expect(await outbox(accountId, money)).toHaveLength(1);

    // The review moved to a new date is a new reminder; the old one is not repeated.
    await database.db.updateTable("review").set({ due_on: "2026-12-15" }).where("council_id", "=", money.id).where("id", "=", reviewId).execute();
    expect(await inRole("case_officer", (ctx) => enqueueCouncilReminders(ctx))).toEqual({ reviewReminders: 1, returnReminders: 0 });
    expect((await outbox(reviewId, money)).map((r) => r.personalisation.review_due_date)).toEqual(["10 December 2026", "15 December 2026"]);
  });

  it("sends the recovery decision by email with its letter, and only then is the letter recorded as sent (money is kept back after it)", async () => {
    const [queued] = await database.db.selectFrom("notification_outbox").select(["id", "subject_id"]).where("council_id", "=", money.id).where("kind", "=", "recovery_decision").execute();
    const templateId = randomUUID();
    await as(money, "admin").notifyTemplates.save({ kind: "recovery_decision", emailTemplateId: templateId, version: 0 });
    const notify = await startFakeNotify();
    try {
      await sendDueMessages(runtimeDbFor(database.db), { client: createNotifyApi({ apiKey: notify.apiKey, baseUrl: notify.baseUrl, timeoutMs: 5_000 }) });
      const sent = notify.received.filter((n) => n.reference === queued?.id);
      expect(sent.map((n) => [n.type, n.templateId, n.emailAddress])).toEqual([["email", templateId, "alex@example.com"]]);
      expect(Object.keys(sent[0]?.personalisation ?? {}).sort()).toEqual(["child_reference", "council_name", "decision_date", "letter"]);
    } finally {
      await notify.close();
    }
    const decision = await database.db.selectFrom("recovery_decision").select("letter_sent_on").where("council_id", "=", money.id).where("id", "=", queued?.subject_id ?? "").executeTakeFirstOrThrow();
    expect(decision.letter_sent_on).toBe(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date()));
  });

  it("leaves reviews held and returns received alone", async () => {
    await database.db.updateTable("review").set({ held_on: "2026-11-20", outcome: "continue" }).where("council_id", "=", money.id).where("id", "=", reviewId).execute();
    await database.db.updateTable("review").set({ due_on: "2026-12-20" }).where("council_id", "=", money.id).where("id", "=", reviewId).execute();
    expect(await inRole("case_officer", (ctx) => enqueueCouncilReminders(ctx))).toEqual({ reviewReminders: 0, returnReminders: 0 });
    // Another council's run never touches this council's rows.
    expect(await inCouncil(database.db, other, "case_officer", TODAY, (ctx) => enqueueCouncilReminders(ctx))).toEqual({ reviewReminders: 0, returnReminders: 0 });
  });
});
