import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { adoptPreset, listWorkQueues, openDraft, publishDraft, readPolicyVersion, saveDraft } from "@pb/services";
import { computeDeadline } from "@pb/reviews";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

let database: Database;
let council: TestCouncil;
let other: TestCouncil;
let surreyV1: string;

const as = (who: TestCouncil, role: keyof TestCouncil["users"]) => callerFor(database.db, who.users[role]);

/** A child with an EHCP under annual review (outcomes E1, E2) and a child in need plan. */
async function addChild(who: TestCouncil, facts: { dateOfBirth?: string } = {}): Promise<{ childId: string; planId: string }> {
  const childId = randomUUID();
  const planId = randomUUID();
  const db = database.db;
  await db.insertInto("child").values({ council_id: who.id, id: childId, reference: `R-${childId.slice(0, 8)}`, given_name: "Ada", family_name: "Lovelace", date_of_birth: facts.dateOfBirth ?? "2014-02-01" }).execute();
  await db.insertInto("plan").values({ council_id: who.id, id: planId, child_id: childId, type: "ehcp", status: "annual_review", issued_on: "2023-09-01" }).execute();
  await db.insertInto("plan").values({ council_id: who.id, id: randomUUID(), child_id: childId, type: "child_in_need", status: "final" }).execute();
  for (const code of ["E1", "E2"]) await db.insertInto("plan_outcome").values({ council_id: who.id, plan_id: planId, code, description: `Outcome ${code}` }).execute();
  return { childId, planId };
}

const equipment = {
  stream: "education" as const,
  service: "specialist_equipment",
  arrangement: "direct_payment" as const,
  recipient: "parent" as const,
  onSchoolPremises: false,
  schoolAgreed: null,
  needIdentifiedByProfessional: null,
  annualCostPence: 123_456,
  commissionedCostPence: null,
  linkedOutcomes: ["E1"],
};
const assistant = { ...equipment, stream: "social_care" as const, service: "personal_assistant", arrangement: "organised" as const, recipient: null, annualCostPence: 520_000, linkedOutcomes: ["E2"] };

function requestFor(child: { childId: string; planId: string }, receivedOn: string, lines = [equipment, assistant]) {
  return { childId: child.childId, planId: child.planId, stage: "annual_review" as const, receivedOn, lines };
}

async function count(table: "pb_request" | "request_line" | "decision" | "disagreement" | "audit_log", councilId: string): Promise<number> {
  const row = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where council_id = ${councilId}`.execute(database.db);
  return row.rows[0]?.n ?? 0;
}

async function auditActions(councilId: string, entityId: string): Promise<{ action: string; child_id: string | null }[]> {
  return database.db.selectFrom("audit_log").select(["action", "child_id"]).where("council_id", "=", councilId).where("entity_id", "=", entityId).orderBy("id").execute();
}

const refusal = { outcome: "refused" as const, amountPence: null, arrangement: null, panel: null, reasons: [{ text: "A professional has not identified the need.", code: "PROFESSIONAL_IDENTIFICATION_REQUIRED" as const }] };
const approval = { outcome: "approved" as const, amountPence: null, arrangement: null, panel: "Multi-agency resource panel", reasons: [] };

/** A request received, its two lines decided (equipment refused, assistant approved) and the family told. */
async function decidedRequest(who: TestCouncil, dates: { receivedOn: string; decidedOn: string; toldOn: string }) {
  const child = await addChild(who);
  const created = await as(who, "case_officer").requests.create(requestFor(child, dates.receivedOn));
  let view = await as(who, "panel_member").requests.get({ requestId: created.id });
  const [first, second] = view.lines;
  if (!first || !second) throw new Error("two lines expected");
  const refused = await as(who, "panel_member").decisions.record({ ...refusal, requestLineId: first.id, requestVersion: view.version, decidedOn: dates.decidedOn });
  const approved = await as(who, "panel_member").decisions.record({ ...approval, requestLineId: second.id, requestVersion: refused.requestVersion, decidedOn: dates.decidedOn });
  await as(who, "case_officer").decisions.markFamilyTold({ decisionId: refused.id, version: 1, on: dates.toldOn });
  view = await as(who, "case_officer").requests.get({ requestId: created.id });
  return { child, requestId: created.id, refusedId: refused.id, approvedId: approved.id, view };
}

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Requests");
  other = await createTestCouncil(database.db, "Elsewhere");
  surreyV1 = await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  await inCouncil(database.db, other, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
});
afterAll(async () => database?.close());

describe("requests", () => {
  it("record each line's check with the policy version and reasons in force on the received date, and keep them when a newer version is published", async () => {
    const versions = await createTestCouncil(database.db, "Versions");
    const v1 = await inCouncil(database.db, versions, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
    const child = await addChild(versions);
    const created = await as(versions, "case_officer").requests.create(requestFor(child, "2026-05-01"));
    const before = await as(versions, "case_officer").requests.get({ requestId: created.id });
    const [line] = before.lines;
    expect(line?.check.policyVersionId).toBe(v1);
    expect(line?.check.policyVersionNumber).toBe(1);
    expect(line?.check.checkedOn).toBe("2026-05-01");
    expect(line?.check.outcome).toBe("conditional");
    expect(line?.check.reasons).toContainEqual(expect.objectContaining({ code: "PROFESSIONAL_IDENTIFICATION_REQUIRED", source: "Surrey personal budgets policy (002), R6" }));

    // A new version takes specialist equipment out of personal budgets from 1 June.
    const draftId = await inCouncil(database.db, versions, "admin", "2026-06-01", (ctx) => openDraft(ctx, {}));
    const draft = await inCouncil(database.db, versions, "admin", "2026-06-01", (ctx) => readPolicyVersion(ctx, draftId));
    const document = structuredClone(draft.policy);
    const rule = document.streams.education?.services.specialist_equipment;
    if (!rule) throw new Error("Surrey classifies specialist equipment");
    document.streams.education = { ...document.streams.education, services: { ...document.streams.education?.services, specialist_equipment: { ...rule, personalBudget: false, directPayment: false } } } as typeof document.streams.education;
    const saved = await inCouncil(database.db, versions, "admin", "2026-06-01", (ctx) => saveDraft(ctx, { draftId, version: 1, document, changeNote: "No equipment" }));
    await inCouncil(database.db, versions, "admin", "2026-06-01", (ctx) => publishDraft(ctx, { draftId, version: saved, effectiveFrom: "2026-06-01" }));

    const after = await as(versions, "case_officer").requests.get({ requestId: created.id });
    expect(after.lines.map((l) => l.check)).toEqual(before.lines.map((l) => l.check));
    const later = await as(versions, "case_officer").requests.preview(requestFor(child, "2026-06-02"));
    expect(later.policyVersion.id).toBe(draftId);
    expect(later.lines[0]?.outcome).toBe("ineligible");
    expect(later.lines[0]?.reasons.map((r) => r.code)).toContain("SERVICE_EXCLUDED");
    const earlier = await as(versions, "case_officer").requests.preview(requestFor(child, "2026-05-31"));
    expect(earlier.policyVersion.id).toBe(v1);
  });

  it("snapshot the child's facts on the request, and audit the creation without them", async () => {
    const child = await addChild(council);
    const created = await as(council, "case_officer").requests.create(requestFor(child, "2026-05-01"));
    const row = await database.db.selectFrom("pb_request").select(["facts", "status", "created_by"]).where("id", "=", created.id).executeTakeFirstOrThrow();
    expect(row.facts).toEqual({
      dateOfBirth: "2014-02-01",
      plans: [{ type: "ehcp", status: "annual_review" }, { type: "child_in_need", status: "final" }],
      continuingCareEligible: false,
      shortBreaksLevel: null,
      transportEntitled: false,
      youngPersonHasCapacity: null,
    });
    expect(row.created_by).toBe(council.users.case_officer);
    const audit = await database.db.selectFrom("audit_log").select(["action", "child_id", "after"]).where("entity_id", "=", created.id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: "request.create", child_id: child.childId });
    expect(JSON.stringify(audit.after)).not.toContain("2014-02-01");
  });

  it("refuse a received date with no policy in force, naming receivedOn, and write nothing", async () => {
    const child = await addChild(council);
    const before = await count("pb_request", council.id);
    await expect(as(council, "case_officer").requests.create(requestFor(child, "2024-03-31"))).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^receivedOn: no policy was in force on 2024-03-31/) });
    await expect(as(council, "case_officer").requests.preview(requestFor(child, "2099-01-01"))).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^receivedOn: cannot be in the future/) });
    expect(await count("pb_request", council.id)).toBe(before);
  });

  it("name the line's field when the check input is wrong, and refuse outcomes not in the plan", async () => {
    const child = await addChild(council);
    const noRecipient = requestFor(child, "2026-05-01", [{ ...equipment, recipient: null } as unknown as typeof equipment]);
    await expect(as(council, "case_officer").requests.create(noRecipient)).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^lines\.0\.recipient: is required for a direct payment/) });
    const unknownOutcome = requestFor(child, "2026-05-01", [assistant, { ...equipment, linkedOutcomes: ["E9"] }]);
    await expect(as(council, "case_officer").requests.create(unknownOutcome)).rejects.toMatchObject({ message: expect.stringMatching(/^lines\.1\.linkedOutcomes: "E9" is not an outcome/) });
  });

  it("preview the check without writing anything", async () => {
    const child = await addChild(council);
    const [requests, audits] = [await count("pb_request", council.id), await count("audit_log", council.id)];
    const preview = await as(council, "case_officer").requests.preview(requestFor(child, "2026-05-01"));
    expect(preview.policyVersion).toEqual({ id: surreyV1, number: 1, effectiveFrom: "2024-04-01" });
    expect(preview.lines.map((l) => l.outcome)).toEqual(["conditional", "eligible"]);
    expect([await count("pb_request", council.id), await count("audit_log", council.id)]).toEqual([requests, audits]);
  });

  it("withdraw an open request at the version seen, once", async () => {
    const child = await addChild(council);
    const created = await as(council, "case_officer").requests.create(requestFor(child, "2026-05-01"));
    await as(council, "case_officer").requests.withdraw({ requestId: created.id, version: 1 });
    await expect(as(council, "case_officer").requests.withdraw({ requestId: created.id, version: 2 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const view = await as(council, "panel_member").requests.get({ requestId: created.id });
    expect(view.status).toBe("withdrawn");
    await expect(as(council, "panel_member").decisions.record({ ...approval, requestLineId: view.lines[0]?.id ?? "", requestVersion: view.version, decidedOn: "2026-05-10" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await auditActions(council.id, created.id)).map((a) => a.action)).toEqual(["request.create", "request.withdraw"]);
  });
});

describe("decisions", () => {
  it("refuse a refusal without reasons, writing nothing; the database refuses one too", async () => {
    const child = await addChild(council);
    const created = await as(council, "case_officer").requests.create(requestFor(child, "2026-05-01"));
    const view = await as(council, "panel_member").requests.get({ requestId: created.id });
    const lineId = view.lines[0]?.id ?? "";
    const before = [await count("decision", council.id), await count("audit_log", council.id)];
    for (const reasons of [[], [{ text: "   " }]]) {
      await expect(as(council, "panel_member").decisions.record({ ...refusal, reasons, requestLineId: lineId, requestVersion: view.version, decidedOn: "2026-05-10" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(/^reasons: /),
      });
    }
    expect([await count("decision", council.id), await count("audit_log", council.id)]).toEqual(before);
    expect((await as(council, "panel_member").requests.get({ requestId: created.id })).version).toBe(view.version);
    const direct = database.db.insertInto("decision").values({ council_id: council.id, request_line_id: lineId, outcome: "refused", reasons: "[]", panel: "Panel", decided_on: "2026-05-10", policy_version_id: surreyV1 }).execute();
    await expect(direct).rejects.toThrow(/decision_refusal_reasons_check/);
  });

  it("record each line's decision with the panel, the decider and the policy version, and the request's status once all are decided", async () => {
    const { view, refusedId, approvedId, requestId } = await decidedRequest(council, { receivedOn: "2026-05-01", decidedOn: "2026-05-20", toldOn: "2026-05-21" });
    expect(view.status).toBe("decided");
    const [refused, approved] = view.lines.map((l) => l.currentDecision);
    expect(refused).toMatchObject({ id: refusedId, outcome: "refused", amountPence: null, panel: "Education Health Care Plan Governance Board", decidedOn: "2026-05-20", familyToldOn: "2026-05-21", policyVersionNumber: 1, decidedBy: "Requests panel_member" });
    expect(refused?.reasons).toEqual([{ code: "PROFESSIONAL_IDENTIFICATION_REQUIRED", text: "A professional has not identified the need.", source: "Surrey personal budgets policy (002), R6" }]);
    // Surrey names no social care panel, so the panel typed in is kept.
    expect(approved).toMatchObject({ id: approvedId, outcome: "approved", amountPence: 520_000, arrangement: "organised", panel: "Multi-agency resource panel" });
    const row = await database.db.selectFrom("decision").select(["decided_by", "policy_version_id"]).where("id", "=", refusedId).executeTakeFirstOrThrow();
    expect(row).toEqual({ decided_by: council.users.panel_member, policy_version_id: surreyV1 });
    expect((await auditActions(council.id, requestId)).map((a) => a.action)).toEqual(["request.create", "request.decided"]);
  });

  it("need a panel when the policy names none, and an approval at a different amount to differ", async () => {
    const child = await addChild(council);
    const created = await as(council, "case_officer").requests.create(requestFor(child, "2026-05-01"));
    const view = await as(council, "panel_member").requests.get({ requestId: created.id });
    const lineId = view.lines[1]?.id ?? "";
    const decide = (extra: object) => as(council, "panel_member").decisions.record({ ...approval, requestLineId: lineId, requestVersion: view.version, decidedOn: "2026-05-10", ...extra });
    await expect(decide({ panel: null })).rejects.toMatchObject({ message: expect.stringMatching(/^panel: is required/) });
    await expect(decide({ outcome: "approved_changed", reasons: [{ text: "Cheaper" }] })).rejects.toMatchObject({ message: expect.stringMatching(/^outcome: nothing differs/) });
    await expect(decide({ outcome: "approved_changed", amountPence: 400_000, reasons: [] })).rejects.toMatchObject({ message: expect.stringMatching(/^reasons: are required/) });
    await expect(decide({ decidedOn: "2026-04-30" })).rejects.toMatchObject({ message: expect.stringMatching(/^decidedOn: cannot be before the request was received/) });
    const changed = await decide({ outcome: "approved_changed", amountPence: 400_000, reasons: [{ text: "The council can commission it for less (R11)." }] });
    const after = await as(council, "panel_member").requests.get({ requestId: created.id });
    expect(after.lines[1]?.currentDecision).toMatchObject({ id: changed.id, amountPence: 400_000, arrangement: "organised" });
    expect(after.lines[1]?.currentDecision?.reasons[0]?.source).toBe("Surrey personal budgets policy (002), R12");
    expect(after.status).toBe("open");
  });

  it("answer stale edits with CONFLICT and write nothing", async () => {
    const { view, refusedId } = await decidedRequest(council, { receivedOn: "2026-05-01", decidedOn: "2026-05-20", toldOn: "2026-05-21" });
    const told = view.lines[0]?.currentDecision;
    expect(told?.version).toBe(2);
    const audits = await count("audit_log", council.id);
    await expect(as(council, "case_officer").decisions.markFamilyTold({ decisionId: refusedId, version: 1, on: "2026-05-22" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(as(council, "panel_member").decisions.markLetterSent({ decisionId: refusedId, version: 1, on: "2026-05-22" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(as(council, "panel_member").decisions.record({ ...approval, requestLineId: view.lines[0]?.id ?? "", requestVersion: view.version, decidedOn: "2026-05-20" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await count("audit_log", council.id)).toBe(audits);

    const child = await addChild(council);
    const created = await as(council, "case_officer").requests.create(requestFor(child, "2026-05-01"));
    const fresh = await as(council, "panel_member").requests.get({ requestId: created.id });
    await as(council, "panel_member").decisions.record({ ...refusal, requestLineId: fresh.lines[0]?.id ?? "", requestVersion: fresh.version, decidedOn: "2026-05-10" });
    // A second panel member working from the same page is told someone else got there first.
    await expect(as(council, "admin").decisions.record({ ...approval, requestLineId: fresh.lines[1]?.id ?? "", requestVersion: fresh.version, decidedOn: "2026-05-10" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("mark the letter sent for every decision in the letter, and build the letter with the child's name, reasons and review date", async () => {
    const { refusedId, approvedId, view } = await decidedRequest(council, { receivedOn: "2026-05-01", decidedOn: "2026-05-20", toldOn: "2026-05-21" });
    const refusedVersion = view.lines[0]?.currentDecision?.version ?? 0;
    await as(council, "case_officer").decisions.markLetterSent({ decisionId: refusedId, version: refusedVersion, on: "2026-05-22" });
    const after = await as(council, "case_officer").requests.get({ requestId: view.id });
    expect(after.lines.map((l) => [l.currentDecision?.familyToldOn, l.currentDecision?.letterSentOn])).toEqual([["2026-05-21", "2026-05-22"], ["2026-05-21", "2026-05-22"]]);
    expect((await auditActions(council.id, approvedId)).map((a) => a.action)).toEqual(["decision.record", "decision.family_told", "decision.letter_sent"]);

    const { letter, decision } = await as(council, "panel_member").decisions.letter({ decisionId: approvedId });
    expect(decision.letterSentOn).toBe("2026-05-22");
    expect(letter.councilName).toBe(council.name);
    expect(letter.dateText).toBe("22 May 2026");
    expect(letter.childName).toBe("Ada Lovelace");
    expect(letter.lines.map((l) => l.outcomeText)).toEqual(["Not agreed", "Agreed"]);
    expect(letter.lines[0]?.reasons).toEqual([{ text: "A professional has not identified the need.", source: "Surrey personal budgets policy (002), R6" }]);
    expect(letter.lines[1]?.terms).toContainEqual({ label: "Amount", value: "£5,200.00 a year" });
    // Surrey: 15 calendar days from the day the family was told.
    expect(letter.reviewBy).toEqual({ dueIso: "2026-06-05", dueText: "5 June 2026", counting: "15 calendar days", callout: "If you disagree, ask for a review by 5 June 2026." });
    expect(JSON.stringify(letter.rights)).toMatch(/judicial review/);
  });

  it("refuse the wrong roles with FORBIDDEN", async () => {
    const { requestId, refusedId, view } = await decidedRequest(council, { receivedOn: "2026-05-01", decidedOn: "2026-05-20", toldOn: "2026-05-21" });
    const child = await addChild(council);
    const line = { ...approval, requestLineId: view.lines[0]?.id ?? "", requestVersion: view.version, decidedOn: "2026-05-20" };
    const attempts: [string, () => Promise<unknown>][] = [
      ["case officer deciding", () => as(council, "case_officer").decisions.record(line)],
      ["finance officer deciding", () => as(council, "finance_officer").decisions.record(line)],
      ["panel member recording a request", () => as(council, "panel_member").requests.create(requestFor(child, "2026-05-01"))],
      ["finance officer previewing", () => as(council, "finance_officer").requests.preview(requestFor(child, "2026-05-01"))],
      ["commissioner reading a request", () => as(council, "commissioner").requests.get({ requestId })],
      ["manager withdrawing", () => as(council, "manager").requests.withdraw({ requestId, version: view.version })],
      ["finance officer reading a letter", () => as(council, "finance_officer").decisions.letter({ decisionId: refusedId })],
      ["manager marking a letter sent", () => as(council, "manager").decisions.markLetterSent({ decisionId: refusedId, version: 2, on: "2026-05-22" })],
      ["panel member opening a review", () => as(council, "panel_member").disagreements.open({ decisionId: refusedId, requestedOn: "2026-05-25", receivedOn: "2026-05-25", grounds: "x" })],
    ];
    for (const [what, attempt] of attempts) await expect(attempt(), what).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answer another council's ids with NOT_FOUND", async () => {
    const { requestId, refusedId, view } = await decidedRequest(council, { receivedOn: "2026-05-01", decidedOn: "2026-05-20", toldOn: "2026-05-21" });
    const disagreement = await as(council, "case_officer").disagreements.open({ decisionId: refusedId, requestedOn: "2026-05-25", receivedOn: "2026-05-26", grounds: "Please look again." });
    const attempts: [string, () => Promise<unknown>][] = [
      ["request", () => as(other, "case_officer").requests.get({ requestId })],
      ["withdraw", () => as(other, "case_officer").requests.withdraw({ requestId, version: view.version })],
      ["request for their child", () => as(other, "case_officer").requests.create({ ...requestFor({ childId: view.childId, planId: view.planId ?? "" }, "2026-05-01"), planId: null, lines: [assistant].map((l) => ({ ...l, linkedOutcomes: [] })) })],
      ["decide", () => as(other, "panel_member").decisions.record({ ...approval, requestLineId: view.lines[0]?.id ?? "", requestVersion: view.version, decidedOn: "2026-05-20" })],
      ["letter", () => as(other, "case_officer").decisions.letter({ decisionId: refusedId })],
      ["told", () => as(other, "case_officer").decisions.markFamilyTold({ decisionId: refusedId, version: 2, on: "2026-05-22" })],
      ["open review", () => as(other, "case_officer").disagreements.open({ decisionId: refusedId, requestedOn: "2026-05-25", receivedOn: "2026-05-26", grounds: "x" })],
      ["review", () => as(other, "case_officer").disagreements.get({ disagreementId: disagreement.id })],
      ["meeting", () => as(other, "case_officer").disagreements.recordMeeting({ disagreementId: disagreement.id, version: 1, meetingOn: "2026-05-30" })],
    ];
    for (const [what, attempt] of attempts) await expect(attempt(), what).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("disagreements", () => {
  it("count calendar days by the policy the decision was made under, and flag a late request but record it", async () => {
    const { refusedId } = await decidedRequest(council, { receivedOn: "2026-05-01", decidedOn: "2026-05-20", toldOn: "2026-05-21" });
    const opened = await as(council, "case_officer").disagreements.open({ decisionId: refusedId, requestedOn: "2026-06-06", receivedOn: "2026-06-08", grounds: "The equipment was recommended by the occupational therapist." });
    // 21 May + 15 days = 5 June; 8 June + 28 days = 6 July.
    expect(opened).toMatchObject({ late: true, requestDeadlineOn: "2026-06-05", decisionDeadlineOn: "2026-07-06" });
    const view = await as(council, "panel_member").disagreements.get({ disagreementId: opened.id });
    expect(view).toMatchObject({ familyToldOn: "2026-05-21", requestedOn: "2026-06-06", receivedOn: "2026-06-08", late: true, outcome: null });
    expect(view.rules?.request).toEqual({ rule: "The family may ask for a review within 15 days of being told the decision (T7)", source: "Surrey personal budgets policy (002), T7" });
    expect(view.rules?.decision.rule).toBe("The council reviews the decision within 28 days of receiving the request for a review (T7)");
    await expect(as(council, "case_officer").disagreements.open({ decisionId: refusedId, requestedOn: "2026-06-06", receivedOn: "2026-06-08", grounds: "Again" })).rejects.toMatchObject({ message: expect.stringMatching(/already open/) });
  });

  it("count working days when the policy says so, skipping weekends and the Christmas bank holidays", async () => {
    const working = await createTestCouncil(database.db, "Working days");
    await inCouncil(database.db, working, "admin", "2025-12-01", async (ctx) => {
      await adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" });
      const draftId = await openDraft(ctx, {});
      const { policy } = await readPolicyVersion(ctx, draftId);
      const source = { document: "council" as const, rule: "T7" };
      const document = { ...policy, timeLimits: { ...policy.timeLimits, reviewRequest: { n: 10, unit: "working_days" as const, source }, reviewDecision: { n: 20, unit: "working_days" as const, source } } };
      const version = await saveDraft(ctx, { draftId, version: 1, document, changeNote: "Working days" });
      await publishDraft(ctx, { draftId, version, effectiveFrom: "2025-12-01" });
      return document;
    });
    const { refusedId, view } = await decidedRequest(working, { receivedOn: "2025-12-05", decidedOn: "2025-12-19", toldOn: "2025-12-19" });
    expect(view.lines[0]?.currentDecision?.policyVersionNumber).toBe(2);
    const opened = await as(working, "case_officer").disagreements.open({ decisionId: refusedId, requestedOn: "2026-01-07", receivedOn: "2026-01-08", grounds: "Please look again." });
    // 22, 23, 24, 29, 30, 31 December, 2, 5, 6, 7 January: Christmas, Boxing Day and New Year's Day do not count.
    expect(opened).toMatchObject({ late: false, requestDeadlineOn: "2026-01-07" });
    const limits = { reviewDecision: { n: 20, unit: "working_days" as const, source: { document: "council" as const, rule: "T7" } } };
    expect(opened.decisionDeadlineOn).toBe(computeDeadline(limits, "review_decision", "2026-01-08").due);
    expect(opened.decisionDeadlineOn).toBe("2026-02-05");
    const letter = await as(working, "case_officer").decisions.letter({ decisionId: refusedId });
    expect(letter.letter.reviewBy?.counting).toMatch(/^10 working days/);
  });

  it("record the request with no deadline when the policy sets no time limit, never late, and the letter says the policy sets none and offers the routes", async () => {
    const silent = await createTestCouncil(database.db, "Silent");
    await inCouncil(database.db, silent, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "hertfordshire", effectiveFrom: "2024-04-01" }));
    const child = await addChild(silent);
    const created = await as(silent, "case_officer").requests.create(requestFor(child, "2026-05-01", [assistant]));
    const view = await as(silent, "panel_member").requests.get({ requestId: created.id });
    const decision = await as(silent, "panel_member").decisions.record({ ...refusal, reasons: [{ text: "Met by the short breaks offer." }], requestLineId: view.lines[0]?.id ?? "", requestVersion: view.version, decidedOn: "2026-05-20", panel: "Resource panel" });
    await as(silent, "case_officer").decisions.markFamilyTold({ decisionId: decision.id, version: 1, on: "2026-05-21" });
    // A year later is not late: the policy sets no time limit, and none is invented.
    const opened = await as(silent, "case_officer").disagreements.open({ decisionId: decision.id, requestedOn: "2026-11-25", receivedOn: "2026-11-26", grounds: "Please look again." });
    expect(opened).toMatchObject({ late: false, requestDeadlineOn: null, decisionDeadlineOn: null });
    const review = await as(silent, "panel_member").disagreements.get({ disagreementId: opened.id });
    expect(review).toMatchObject({ requestDeadlineOn: null, decisionDeadlineOn: null, late: false, overdue: false });
    expect(review.noRequestLimit).toMatch(/sets no time limit for asking for a review/);
    expect(review.rules.request.rule).toMatch(/not set by the policy/);
    expect(review.routes.map((r) => r.route)).toEqual(["mediation", "tribunal", "complaints"]);
    expect((await auditActions(silent.id, opened.id)).map((a) => a.action)).toEqual(["disagreement.open"]);
    const queues = await inCouncil(database.db, silent, "case_officer", "2026-11-27", (ctx) => listWorkQueues(ctx, ["case_officer"]));
    expect(queues.find((q) => q.id === "disagreements_near_deadline")?.items.map((i) => [i.id, i.dueOn])).toContainEqual([opened.id, null]);
    const { letter } = await as(silent, "case_officer").decisions.letter({ decisionId: decision.id });
    expect(letter.reviewBy).toBeNull();
    expect(letter.rights[0]?.paragraphs[0]?.text).toMatch(/sets no time limit for asking for a review\. .*as soon as you can/);
    expect(letter.rights.map((s) => s.heading)).toEqual(["If you disagree: asking for a review", "Mediation", "The SEND Tribunal and judicial review", "Complaints"]);
    expect(JSON.stringify(letter.rights)).toMatch(/Local Government and Social Care Ombudsman/);
    expect(letter.rights.find((s) => s.heading.includes("Tribunal"))?.paragraphs[0]?.text).toMatch(/judicial review/);
    expect(letter.lines[0]?.reasons[0]?.source).toBe(`${silent.name}: decision of the Resource panel (R12)`);
    // Settled with no deadline is never late: the policy review counts it as settled within the deadline.
    await as(silent, "case_officer").disagreements.recordOutcome({ disagreementId: opened.id, version: 1, outcome: "upheld", outcomeOn: "2026-11-30", notes: "The short breaks offer meets the need.", newDecision: null });
    const settled = await sql<{ n: number }>`select coalesce(sum(within_deadline), 0)::int as n from analytics_disagreement_month where council_id = ${silent.id}`.execute(database.db);
    expect(settled.rows[0]?.n).toBe(1);
    expect((await sql`select * from analytics_compare(${silent.id}::uuid)`.execute(database.db)).rows).toEqual([]);
  });

  it("record the request without the day the family was told when the policy sets no time limit, but not where a limit runs from it", async () => {
    const silent = await createTestCouncil(database.db, "Untold");
    await inCouncil(database.db, silent, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "code-of-practice", effectiveFrom: "2024-04-01" }));
    const child = await addChild(silent);
    const created = await as(silent, "case_officer").requests.create(requestFor(child, "2026-05-01", [assistant]));
    const view = await as(silent, "panel_member").requests.get({ requestId: created.id });
    const decision = await as(silent, "panel_member").decisions.record({ ...refusal, reasons: [{ text: "Met by the short breaks offer." }], requestLineId: view.lines[0]?.id ?? "", requestVersion: view.version, decidedOn: "2026-05-20", panel: "Resource panel" });
    const opened = await as(silent, "case_officer").disagreements.open({ decisionId: decision.id, requestedOn: "2026-05-25", receivedOn: "2026-05-26", grounds: "Please look again." });
    expect(opened).toMatchObject({ late: false, requestDeadlineOn: null });
    expect((await as(silent, "case_officer").disagreements.get({ disagreementId: opened.id })).familyToldOn).toBeNull();
    const { refusedId } = await decidedRequest(council, { receivedOn: "2026-05-01", decidedOn: "2026-05-20", toldOn: "2026-05-21" });
    await database.db.updateTable("decision").set({ family_told_on: null }).where("council_id", "=", council.id).where("id", "=", refusedId).execute();
    await expect(as(council, "case_officer").disagreements.open({ decisionId: refusedId, requestedOn: "2026-05-25", receivedOn: "2026-05-26", grounds: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^decisionId: record the day the family was told/) });
  });

  it("record the meeting and the outcome; a change makes a new decision that supersedes the old; every step is audited", async () => {
    const { refusedId, requestId, child } = await decidedRequest(council, { receivedOn: "2026-05-01", decidedOn: "2026-05-20", toldOn: "2026-05-21" });
    const officer = as(council, "case_officer");
    const opened = await officer.disagreements.open({ decisionId: refusedId, requestedOn: "2026-05-25", receivedOn: "2026-05-26", grounds: "The therapist identified the need." });
    expect(opened.late).toBe(false);
    await expect(officer.disagreements.recordMeeting({ disagreementId: opened.id, version: 1, meetingOn: "2026-05-25" })).rejects.toMatchObject({ message: expect.stringMatching(/^meetingOn: /) });
    const met = await officer.disagreements.recordMeeting({ disagreementId: opened.id, version: 1, meetingOn: "2026-06-02" });
    await expect(officer.disagreements.recordMeeting({ disagreementId: opened.id, version: 1, meetingOn: "2026-06-03" })).rejects.toMatchObject({ code: "CONFLICT" });
    const outcome = { disagreementId: opened.id, version: met.version, outcomeOn: "2026-06-10", notes: "" };
    await expect(officer.disagreements.recordOutcome({ ...outcome, outcome: "upheld", newDecision: null })).rejects.toMatchObject({ message: expect.stringMatching(/^notes: /) });
    await expect(officer.disagreements.recordOutcome({ ...outcome, outcome: "changed", newDecision: null })).rejects.toMatchObject({ message: expect.stringMatching(/^newDecision: /) });
    await expect(officer.disagreements.recordOutcome({ ...outcome, outcome: "changed", newDecision: { ...refusal } })).rejects.toMatchObject({ message: expect.stringMatching(/^newDecision: is the same/) });
    const changed = await officer.disagreements.recordOutcome({
      ...outcome,
      outcome: "changed",
      notes: "The therapist's report identifies the need.",
      newDecision: {
        outcome: "approved_changed", amountPence: 100_000, arrangement: null, panel: null, reasons: [{ text: "Approved at the council's cost for the same equipment (R11)." }],
        judgements: [{ topic: "recipient_suitability", answer: "yes" }, { topic: "impact_and_value_for_money", answer: "yes" }],
      },
    });
    expect(changed.newDecisionId).toEqual(expect.any(String));
    const request = await officer.requests.get({ requestId });
    const line = request.lines[0];
    expect(line?.decisions.map((d) => [d.id, d.supersededById])).toEqual([[refusedId, changed.newDecisionId], [changed.newDecisionId, null]]);
    expect(line?.currentDecision).toMatchObject({ outcome: "approved_changed", amountPence: 100_000, arrangement: "direct_payment", decidedOn: "2026-06-10", supersedesDecisionId: refusedId });
    const review = await officer.disagreements.get({ disagreementId: opened.id });
    expect(review).toMatchObject({ outcome: "changed", outcomeOn: "2026-06-10", meetingOn: "2026-06-02", decision: { replacedById: changed.newDecisionId } });
    await expect(officer.disagreements.recordOutcome({ ...outcome, version: review.version, outcome: "withdrawn", newDecision: null })).rejects.toMatchObject({ message: expect.stringMatching(/^outcome: is already recorded/) });
    await expect(officer.disagreements.open({ decisionId: refusedId, requestedOn: "2026-06-11", receivedOn: "2026-06-11", grounds: "x" })).rejects.toMatchObject({ message: expect.stringMatching(/replaced by a later one/) });

    const newLetter = await officer.decisions.letter({ decisionId: changed.newDecisionId ?? "" });
    expect(newLetter.letter.title).toBe("Decision on your request for a review");
    expect(newLetter.letter.lines).toHaveLength(1);

    const rows = await database.db.selectFrom("audit_log").select(["action", "entity_id", "child_id", "actor_user_id"]).where("council_id", "=", council.id).where("child_id", "=", child.childId).orderBy("id").execute();
    expect(rows.map((r) => r.action)).toEqual([
      "request.create",
      "decision.record",
      "decision.record",
      // Both lines decided on one day: one decision letter queued for the family (issue 21).
      "message.queued",
      "request.decided",
      "decision.family_told",
      "decision.family_told",
      "disagreement.open",
      "disagreement.meeting",
      "decision.record",
      // The line is conditional: approving it on review records its conditions, pending (migration 0013).
      "decision.conditions",
      "disagreement.outcome",
    ]);
    expect(rows.every((r) => r.actor_user_id !== null)).toBe(true);
  });
});
