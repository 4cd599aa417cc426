import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { adoptPreset, listWorkQueues } from "@pb/services";
import { openTestDatabase } from "./support/database";
import { callerFor, createTestCouncil, inCouncil, type TestCouncil } from "./support/councils";

const TODAY = "2026-06-15";
let database: Database;
let council: TestCouncil;
let other: TestCouncil;
const ids = { child: randomUUID(), request: randomUUID(), openLine: randomUUID(), decidedLine: randomUUID(), decision: randomUUID(), budget: randomUUID(), review: randomUUID(), laterReview: randomUUID(), cessation: randomUUID(), disagreement: randomUUID() };

beforeAll(async () => {
  database = await openTestDatabase();
  council = await createTestCouncil(database.db, "Queues");
  other = await createTestCouncil(database.db, "Elsewhere");
  const policyId = await inCouncil(database.db, council, "admin", TODAY, (ctx) => adoptPreset(ctx, { presetId: "surrey", effectiveFrom: "2024-04-01" }));
  const db = database.db;
  const c = council.id;
  await db.insertInto("child").values({ council_id: c, id: ids.child, reference: "Q-1", given_name: "Test", family_name: "Child", date_of_birth: "2014-02-01" }).execute();
  await db.insertInto("pb_request").values({ council_id: c, id: ids.request, child_id: ids.child, stage: "annual_review", received_on: "2026-05-01", facts: "{}" }).execute();
  const line = { council_id: c, request_id: ids.request, stream: "social_care", service: "personal_assistant", arrangement: "organised", on_school_premises: false, annual_cost_pence: 100_000, linked_outcomes: "[]", check_outcome: "eligible" as const, check_reasons: "[]", policy_version_id: policyId, checked_on: "2026-05-01" };
  await db.insertInto("request_line").values([{ ...line, id: ids.openLine, line_no: 1 }, { ...line, id: ids.decidedLine, line_no: 2 }]).execute();
  await db.insertInto("decision").values({ council_id: c, id: ids.decision, request_line_id: ids.decidedLine, outcome: "refused", reasons: JSON.stringify([{ text: "Need already met (R12)" }]), panel: "Panel", decided_on: "2026-05-20", policy_version_id: policyId, family_told_on: "2026-05-21" }).execute();
  await db.insertInto("budget").values({ council_id: c, id: ids.budget, child_id: ids.child, status: "active", starts_on: "2025-06-01" }).execute();
  await db.insertInto("review").values([
    { council_id: c, id: ids.review, child_id: ids.child, budget_id: ids.budget, kind: "annual_review", due_on: "2026-06-01" },
    { council_id: c, id: ids.laterReview, child_id: ids.child, budget_id: ids.budget, kind: "first_dp_review", due_on: "2026-12-01" },
  ]).execute();
  await db.insertInto("cessation").values({ council_id: c, id: ids.cessation, budget_id: ids.budget, reason_code: "consent_withdrawn", reasons_text: "Asked in writing", decided_on: "2026-06-10", annual_review_meeting_on: "2026-06-10", notice_due_on: "2026-07-08", last_payment_on: "2026-06-30" }).execute();
  await db.insertInto("disagreement").values({ council_id: c, id: ids.disagreement, decision_id: ids.decision, family_told_on: "2026-05-21", request_deadline_on: "2026-06-05", requested_on: "2026-05-25", received_on: "2026-05-26", decision_deadline_on: "2026-06-20", grounds: "Please look again" }).execute();
});
afterAll(async () => database?.close());

// The verb takes "today" from its context, so the dates here stay fixed whatever day the tests run.
async function queuesAs(role: keyof TestCouncil["users"], who: TestCouncil = council) {
  const queues = await inCouncil(database.db, who, role, TODAY, (ctx) => listWorkQueues(ctx, [role]));
  return Object.fromEntries(queues.map((q) => [q.id, q.items]));
}

describe("work queues", () => {
  it("shows a panel member the decisions due and the disagreements near their deadline", async () => {
    const queues = await queuesAs("panel_member");
    expect(queues.decisions_due?.map((i) => i.id)).toEqual([ids.openLine]);
    expect(queues.disagreements_near_deadline?.map((i) => i.id)).toEqual([ids.disagreement]);
    expect(queues.reviews_due).toBeUndefined();
  });

  it("shows a case officer letters not sent, reviews due and overdue, and notices due", async () => {
    const queues = await queuesAs("case_officer");
    expect(queues.letters_not_sent?.map((i) => i.id)).toEqual([ids.decision]);
    // The annual review is past due; the first review in December is outside the 28-day window.
    expect(queues.reviews_due?.map((i) => [i.id, i.status])).toEqual([[ids.review, "overdue"]]);
    expect(queues.notices_due?.map((i) => i.id)).toEqual([ids.cessation]);
    expect(queues.decisions_due).toBeUndefined();
  });

  it("shows only references, never names", async () => {
    const queues = await queuesAs("case_officer");
    expect(JSON.stringify(queues)).not.toContain("Child");
    expect(queues.letters_not_sent?.[0]?.childReference).toBe("Q-1");
  });

  it("never shows another council's work, through the API either", async () => {
    const queues = await queuesAs("case_officer", other);
    expect(Object.values(queues).flat()).toEqual([]);
    const viaApi = await callerFor(database.db, other.users.case_officer, council.id).queues.list();
    expect(viaApi.flatMap((q) => q.items)).toEqual([]);
    const ownViaApi = await callerFor(database.db, council.users.panel_member).queues.list();
    expect(ownViaApi.find((q) => q.id === "decisions_due")?.items.map((i) => i.id)).toEqual([ids.openLine]);
  });

  it("refuses commissioners, who have no case work", async () => {
    await expect(callerFor(database.db, council.users.commissioner).queues.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
