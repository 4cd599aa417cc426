import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { PRESET_IDS } from "@pb/eligibility";
import { adoptPreset, getPolicyInForce } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

// T1 under each preset: a direct payment agreement is saved only when it covers every term the
// policy requires, and pays the recipient the request named unless the change is recorded with a reason.

let database: Database;
afterAll(async () => database?.close());
beforeAll(async () => {
  database = await openTestDatabase();
});

/** A child with an EHC plan and a child in need plan, at short breaks level 2, and an approved personal assistant paid to a parent. */
async function budgetWithDirectPayment(council: TestCouncil) {
  const as = (role: keyof TestCouncil["users"]) => callerFor(database.db, council.users[role]);
  const childId = randomUUID();
  const planId = randomUUID();
  const db = database.db;
  await db.insertInto("child").values({ council_id: council.id, id: childId, reference: `A-${childId.slice(0, 8)}`, given_name: "Ada", family_name: "Lovelace", date_of_birth: "2014-02-01", short_breaks_level: 2 }).execute();
  await db.insertInto("plan").values({ council_id: council.id, id: planId, child_id: childId, type: "ehcp", status: "annual_review", issued_on: "2023-09-01" }).execute();
  await db.insertInto("plan").values({ council_id: council.id, id: randomUUID(), child_id: childId, type: "child_in_need", status: "final" }).execute();
  await db.insertInto("plan_outcome").values({ council_id: council.id, plan_id: planId, code: "E1", description: "Outcome E1" }).execute();
  const created = await as("case_officer").requests.create({
    childId, planId, stage: "annual_review", receivedOn: "2026-04-01",
    lines: [{
      stream: "social_care", service: "personal_assistant", arrangement: "direct_payment", recipient: "parent", onSchoolPremises: false, schoolAgreed: null,
      needIdentifiedByProfessional: true, annualCostPence: 520_000, commissionedCostPence: 600_000, linkedOutcomes: ["E1"],
    }],
  });
  const view = await as("panel_member").requests.get({ requestId: created.id });
  const line = view.lines[0];
  if (!line) throw new Error("one line");
  expect(line.check.outcome, `the line meets the policy: ${line.check.reasons.map((r) => r.code).join(", ")}`).toBe("eligible");
  await as("panel_member").decisions.record({
    requestLineId: line.id, requestVersion: view.version, decidedOn: "2026-04-10", outcome: "approved", amountPence: null, arrangement: null,
    panel: "Multi-agency resource panel", reasons: [{ text: "The support meets the plan's outcomes." }],
  });
  const budget = await as("case_officer").budgets.create({ requestId: created.id, startsOn: "2026-05-01", endsOn: "2027-03-31", lines: [{ requestLineId: line.id, frequency: "monthly", linkedOutcomes: ["E1"] }] });
  return { childId, budgetId: budget.id };
}

const agreementsOf = async (councilId: string, budgetId: string) =>
  (await sql<{ n: number }>`select count(*)::int as n from agreement where council_id = ${councilId} and budget_id = ${budgetId}`.execute(database.db)).rows[0]?.n ?? 0;

describe.each(PRESET_IDS)("a direct payment agreement under %s", (presetId) => {
  let council: TestCouncil;
  const as = (role: keyof TestCouncil["users"]) => callerFor(database.db, council.users[role]);
  beforeAll(async () => {
    council = await createTestCouncil(database.db, `Agreements ${presetId}`);
    await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId, effectiveFrom: "2024-04-01" }));
  });

  it("is refused with empty monitoring terms, or any required term left out, naming the field; saved when every term is covered", async () => {
    const { budgetId, childId } = await budgetWithDirectPayment(council);
    const view = await as("case_officer").budgets.get({ budgetId });
    const required = view.agreementTerms.map((t) => t.term);
    expect(required).toEqual(expect.arrayContaining(["monitoring", "review"]));
    expect(view.requestedRecipients).toEqual(["parent"]);
    const base = { budgetId, recipient: "parent" as const, recipientName: "A parent", signedBy: "A parent", signedOn: "2026-04-25", schoolAgreementOn: null };
    const covered = Object.fromEntries(required.map((t) => [t, `What the agreement says about ${t}.`]));

    await expect(as("case_officer").budgets.recordAgreement({ ...base, monitoringTerms: "" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^monitoringTerms: is required/) });
    await expect(as("case_officer").budgets.recordAgreement({ ...base, terms: { ...covered, monitoring: "  " } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^terms\.monitoring: is required: the agreement must say how the council checks/) });
    for (const term of required) {
      const { [term]: _, ...without } = covered;
      await expect(as("case_officer").budgets.recordAgreement({ ...base, terms: without })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(new RegExp(`^terms\\.${term}: is required`)) });
    }
    expect(await agreementsOf(council.id, budgetId)).toBe(0);

    await as("case_officer").budgets.recordAgreement({ ...base, terms: covered });
    const after = await as("case_officer").budgets.get({ budgetId });
    expect(after.agreements).toHaveLength(1);
    expect(after.agreements[0]?.terms.map((t) => t.term)).toEqual(required);
    expect(after.agreements[0]).toMatchObject({ recipient: "parent", requestedRecipient: "parent", recipientChangeReason: null, monitoringTerms: "What the agreement says about monitoring." });
    const audit = await database.db.selectFrom("audit_log").select("after").where("council_id", "=", council.id).where("child_id", "=", childId).where("action", "=", "agreement.record").executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ termsCovered: required, termsRequired: required });
  });

  it("pays the recipient the request named, or records the change with its reason, audited and shown on the budget", async () => {
    const { budgetId, childId } = await budgetWithDirectPayment(council);
    const view = await as("case_officer").budgets.get({ budgetId });
    const covered = Object.fromEntries(view.agreementTerms.map((t) => [t.term, "As agreed."]));
    const base = { budgetId, recipient: "nominee" as const, recipientName: "A family friend", signedBy: "A family friend", signedOn: "2026-04-25", schoolAgreementOn: null, terms: covered };

    await expect(as("case_officer").budgets.recordAgreement(base)).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^recipientChangeReason: is required: the request named a parent or carer/) });
    await expect(as("case_officer").budgets.recordAgreement({ ...base, recipientChangeReason: " " })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^recipientChangeReason: /) });
    expect(await agreementsOf(council.id, budgetId)).toBe(0);

    const nomineeAllowed = (await inCouncil(database.db, council, "admin", "2026-04-25", (ctx) => getPolicyInForce(ctx.db, ctx.councilId, "2026-04-25")))?.policy.directPayments.recipients.nominee.allowed;
    if (!nomineeAllowed) {
      await expect(as("case_officer").budgets.recordAgreement({ ...base, recipientChangeReason: "The parent asked." })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^recipient: /) });
      return;
    }
    await as("case_officer").budgets.recordAgreement({ ...base, recipientChangeReason: "The parent asked a family friend to manage the money." });
    const after = await as("case_officer").budgets.get({ budgetId });
    expect(after.agreements[0]).toMatchObject({ recipient: "nominee", requestedRecipient: "parent", recipientChangeReason: "The parent asked a family friend to manage the money." });
    const audit = await database.db.selectFrom("audit_log").select("after").where("council_id", "=", council.id).where("child_id", "=", childId).where("action", "=", "agreement.record").executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ recipient: "nominee", recipientChangedFrom: "parent", recipientChangeReasonRecorded: true });
    // The reason is free text that may name people: it stays on the agreement, not in the audit trail.
    expect(JSON.stringify(audit.after)).not.toContain("family friend");
  });
});
