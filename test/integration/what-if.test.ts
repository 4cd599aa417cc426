import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { compareLinesWithDraft, summariseWhatIf, type RecordedLine } from "@pb/reports";
import { adoptPreset, openDraft, readPolicyVersion, readRecordedLines, runWhatIf, saveDraft } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

let database: Database;
let council: TestCouncil;
let other: TestCouncil;
let draftId: string;
const approvedPence = { first: 520_000, second: 310_000 };

const as = (who: TestCouncil, role: keyof TestCouncil["users"]) => callerFor(database.db, who.users[role]);

async function addChild(who: TestCouncil, socialCarePlan: boolean): Promise<{ childId: string; planId: string }> {
  const childId = randomUUID();
  const planId = randomUUID();
  const db = database.db;
  await db.insertInto("child").values({ council_id: who.id, id: childId, reference: `W-${childId.slice(0, 8)}`, given_name: "Test", family_name: "Child", date_of_birth: "2013-05-01" }).execute();
  await db.insertInto("plan").values({ council_id: who.id, id: planId, child_id: childId, type: "ehcp", status: "annual_review", issued_on: "2022-09-01" }).execute();
  if (socialCarePlan) await db.insertInto("plan").values({ council_id: who.id, id: randomUUID(), child_id: childId, type: "child_in_need", status: "final" }).execute();
  await db.insertInto("plan_outcome").values({ council_id: who.id, plan_id: planId, code: "E1", description: "Takes part in clubs" }).execute();
  return { childId, planId };
}

type Line = {
  stream: "social_care" | "education" | "health" | "transport";
  service: string;
  arrangement: "organised" | "direct_payment" | "third_party";
  recipient: "parent" | "young_person" | "nominee" | null;
  onSchoolPremises: boolean;
  schoolAgreed: boolean | null;
  needIdentifiedByProfessional: boolean | null;
  annualCostPence: number;
  commissionedCostPence: number | null;
  linkedOutcomes: string[];
};
const line: Line = {
  stream: "social_care",
  service: "personal_assistant",
  arrangement: "organised",
  recipient: null,
  onSchoolPremises: false,
  schoolAgreed: null,
  needIdentifiedByProfessional: true,
  annualCostPence: 100_000,
  commissionedCostPence: null,
  linkedOutcomes: ["E1"],
};

/** A request with one line, received on a date; approved as asked when an amount is given, refused with null. */
async function request(who: TestCouncil, receivedOn: string, ask: Partial<Line>, options: { socialCarePlan?: boolean; approve?: number | null } = {}) {
  const child = await addChild(who, options.socialCarePlan ?? true);
  const cost = typeof options.approve === "number" ? { annualCostPence: options.approve } : {};
  const created = await as(who, "case_officer").requests.create({ childId: child.childId, planId: child.planId, stage: "annual_review", receivedOn, lines: [{ ...line, ...ask, ...cost }] });
  const view = await as(who, "panel_member").requests.get({ requestId: created.id });
  const first = view.lines[0];
  if (!first) throw new Error("one line expected");
  if (options.approve !== undefined) {
    const decidedOn = receivedOn.replace(/-\d\d$/, "-20");
    const decision =
      options.approve === null
        ? { outcome: "refused" as const, amountPence: null, arrangement: null, panel: "Multi-agency resource panel", reasons: [{ text: "Not eligible under the policy." }] }
        : {
            outcome: "approved" as const, amountPence: null, arrangement: null, panel: "Multi-agency resource panel", reasons: [],
            // R8 (issue 17): a direct payment is approved once the panel is satisfied about the recipient and the value for money.
            judgements: [{ topic: "recipient_suitability" as const, answer: "yes" as const }, { topic: "impact_and_value_for_money" as const, answer: "yes" as const }].filter(() => (ask.arrangement ?? line.arrangement) === "direct_payment"),
          };
    await as(who, "panel_member").decisions.record({ ...decision, requestLineId: first.id, requestVersion: view.version, decidedOn });
  }
  return { requestId: created.id, outcome: first.check.outcome };
}

async function expectCode(promise: Promise<unknown>, code: TRPCError["code"]): Promise<TRPCError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "What if");
  other = await createTestCouncil(database.db, "What if elsewhere");
  await inCouncil(database.db, council, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  await inCouncil(database.db, other, "admin", "2026-01-01", (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));

  await request(council, "2025-05-02", {}, { approve: approvedPence.first });
  await request(council, "2025-06-03", { arrangement: "direct_payment", recipient: "parent" }, { approve: approvedPence.second });
  await request(council, "2025-07-04", { needIdentifiedByProfessional: null });
  await request(council, "2025-08-05", { service: "short_break_activity" }, { approve: 90_000 });
  await request(council, "2025-09-06", {}, { socialCarePlan: false, approve: null });
  await request(council, "2024-12-07", {}, { approve: 777_000 });

  // The draft stops paying for personal assistants through a personal budget.
  draftId = await inCouncil(database.db, council, "admin", "2026-01-02", (ctx) => openDraft(ctx, {}));
  await inCouncil(database.db, council, "admin", "2026-01-02", async (ctx) => {
    const draft = await readPolicyVersion(ctx, draftId);
    const document = structuredClone(draft.policy);
    const rule = document.streams.social_care?.services.personal_assistant;
    if (!rule) throw new Error("Surrey pays for personal assistants");
    Object.assign(rule, { personalBudget: false, directPayment: false });
    await saveDraft(ctx, { draftId, version: draft.row.version, document, changeNote: "No personal assistants" });
  });
}, 120_000);
afterAll(async () => database?.close());

describe("what if a draft were in force", () => {
  it("changes every request for the service it stops offering that was not already ineligible, and no other, naming the reason", async () => {
    const result = await as(council, "manager").whatIf.run({ from: "2025-04-01", to: "2026-03-31" });
    expect(result.candidate).toMatchObject({ id: draftId, status: "draft" });
    expect(result.summary.checked).toBe(5);
    expect(result.summary.changed).toBe(3);
    expect(result.summary.transitions).toEqual([{ from: "eligible", to: "ineligible", lines: 3 }]);
    expect(result.summary.reasons).toEqual([{ code: "SERVICE_EXCLUDED", gained: 3, lost: 0 }]);
    expect(result.summary.streams.find((s) => s.stream === "social_care")).toMatchObject({ checked: 5, changed: 3, becameIneligible: 3 });
    expect(result.summary.committedChangePence).toBe(-(approvedPence.first + approvedPence.second));
    expect(result.summary.examples.map((e) => e.service)).toEqual(["personal_assistant", "personal_assistant", "personal_assistant"]);
    expect(result.recordedUnder).toEqual([expect.objectContaining({ versionNumber: 1, lines: 5 })]);
    expect(result.skipped).toBe(0);
    expect(JSON.stringify(result)).not.toContain("Test Child");
  });

  it("checks again only the lines the draft could change, and its figures equal checking every line", async () => {
    const period = { from: "2024-01-01", to: "2026-12-31" };
    const { scoped, full } = await inCouncil(database.db, council, "manager", "2026-01-03", async (ctx) => {
      const draft = await readPolicyVersion(ctx, draftId);
      const all: RecordedLine[] = [];
      for await (const batch of readRecordedLines(ctx, period)) all.push(...batch.lines);
      const reread: RecordedLine[] = [];
      for await (const batch of readRecordedLines(ctx, period, [])) reread.push(...batch.lines);
      expect(reread).toEqual([]);
      return { scoped: await runWhatIf(ctx, { ...period, policyVersionId: draftId }), full: summariseWhatIf(compareLinesWithDraft(draft.policy, all)) };
    });
    expect(scoped.summary).toEqual(full);
  });

  it("counts only requests received in the period", async () => {
    const earlier = await as(council, "commissioner").whatIf.run({ from: "2024-04-01", to: "2025-03-31" });
    expect(earlier.summary.checked).toBe(1);
    expect(earlier.summary.committedChangePence).toBe(-777_000);
    const none = await as(council, "admin").whatIf.run({ from: "2020-01-01", to: "2020-12-31" });
    expect(none.summary).toMatchObject({ checked: 0, changed: 0, committedChangePence: 0 });
  });

  it("tries a published version when one is chosen: the version the lines were recorded under changes nothing", async () => {
    const choices = await as(council, "manager").whatIf.choices();
    expect(choices.draftId).toBe(draftId);
    expect(choices.versions[0]).toMatchObject({ id: draftId, status: "draft" });
    expect(choices.firstReceivedOn).toBe("2024-12-07");
    const published = choices.versions.find((v) => v.status === "published");
    if (!published) throw new Error("a published version");
    const result = await as(council, "manager").whatIf.run({ from: "2024-01-01", to: "2026-12-31", policyVersionId: published.id });
    expect(result.summary).toMatchObject({ checked: 6, changed: 0 });
  });

  it("refuses other roles, another council's versions, a period that ends before it starts, and a council with no draft", async () => {
    await expectCode(as(council, "case_officer").whatIf.run({ from: "2025-04-01", to: "2026-03-31" }), "FORBIDDEN");
    await expectCode(as(council, "finance_officer").whatIf.choices(), "FORBIDDEN");
    await expectCode(as(other, "manager").whatIf.run({ from: "2025-04-01", to: "2026-03-31", policyVersionId: draftId }), "NOT_FOUND");
    const backwards = await expectCode(as(council, "manager").whatIf.run({ from: "2026-03-31", to: "2025-04-01" }), "BAD_REQUEST");
    expect(backwards.message).toMatch(/^to:/);
    const noDraft = await expectCode(as(other, "manager").whatIf.run({ from: "2025-04-01", to: "2026-03-31" }), "BAD_REQUEST");
    expect(noDraft.message).toMatch(/^policyVersionId:/);
  });
});
