import { sql, type Transaction } from "kysely";
import type { DB } from "../schema";

/** An item of a work queue as the database finds it: which child (none for the council's own work, such as its policy review), when it is due, where to act. */
export type QueueRef = { id: string; childId: string | null; childReference: string | null; dueOn: string | null; href: string };
export type DecisionDueRow = QueueRef & { stream: string; service: string; checkOutcome: string; receivedOn: string };
export type LetterNotSentRow = QueueRef & { outcome: string; decidedOn: string; familyTold: boolean; letterSent: boolean };
export type ReviewDueRow = QueueRef & { kind: string };
export type NoticeDueRow = QueueRef & { reasonCode: string };
export type DisagreementDueRow = QueueRef & { receivedOn: string };
export type ConditionUnconfirmedRow = QueueRef & { code: string; status: "pending" | "not_met"; decidedOn: string };

type Db = Transaction<DB>;
const LIMIT = 200;

/** Request lines waiting for a panel decision, oldest first. */
export async function findDecisionsDue(db: Db, councilId: string): Promise<DecisionDueRow[]> {
  const rows = await db
    .selectFrom("request_line as l")
    .innerJoin("pb_request as r", (j) => j.onRef("r.council_id", "=", "l.council_id").onRef("r.id", "=", "l.request_id"))
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "r.council_id").onRef("c.id", "=", "r.child_id"))
    .leftJoin("decision as d", (j) => j.onRef("d.council_id", "=", "l.council_id").onRef("d.request_line_id", "=", "l.id"))
    .select(["l.id", "r.id as requestId", "c.id as childId", "c.reference", "r.received_on", "l.stream", "l.service", "l.check_outcome"])
    .where("l.council_id", "=", councilId)
    .where("r.status", "=", "open")
    .where("d.id", "is", null)
    .orderBy("r.received_on")
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({
    id: r.id, childId: r.childId, childReference: r.reference, dueOn: null, href: `/requests/${r.requestId}`,
    stream: r.stream, service: r.service, checkOutcome: r.check_outcome, receivedOn: r.received_on,
  }));
}

/** Decisions whose letter has not gone, or whose family has not been told: no time limit, oldest first. */
export async function findLettersNotSent(db: Db, councilId: string): Promise<LetterNotSentRow[]> {
  const rows = await db
    .selectFrom("decision as d")
    .innerJoin("request_line as l", (j) => j.onRef("l.council_id", "=", "d.council_id").onRef("l.id", "=", "d.request_line_id"))
    .innerJoin("pb_request as r", (j) => j.onRef("r.council_id", "=", "l.council_id").onRef("r.id", "=", "l.request_id"))
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "r.council_id").onRef("c.id", "=", "r.child_id"))
    .select(["d.id", "c.id as childId", "c.reference", "d.decided_on", "d.outcome", "d.family_told_on", "d.letter_sent_on"])
    .where("d.council_id", "=", councilId)
    .where((eb) => eb.or([eb("d.letter_sent_on", "is", null), eb("d.family_told_on", "is", null)]))
    .orderBy("d.decided_on")
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({
    id: r.id, childId: r.childId, childReference: r.reference, dueOn: null, href: `/decisions/${r.id}/letter`,
    outcome: r.outcome, decidedOn: r.decided_on, familyTold: r.family_told_on !== null, letterSent: r.letter_sent_on !== null,
  }));
}

/** Reviews not yet held, due within the window or overdue. */
export async function findReviewsDue(db: Db, councilId: string, until: string): Promise<ReviewDueRow[]> {
  const rows = await db
    .selectFrom("review as v")
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "v.council_id").onRef("c.id", "=", "v.child_id"))
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "v.council_id").onRef("b.id", "=", "v.budget_id"))
    .select(["v.id", "v.budget_id", "c.id as childId", "c.reference", "v.kind", "v.due_on"])
    .where("v.council_id", "=", councilId)
    .where("v.held_on", "is", null)
    .where("b.status", "=", "active")
    .where("v.due_on", "<=", until)
    .orderBy("v.due_on")
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({ id: r.id, childId: r.childId, childReference: r.reference, dueOn: r.due_on, kind: r.kind, href: `/cases/${r.childId}/reviews/${r.id}` }));
}

/** Cessation notices not yet sent, by the date they are due. */
export async function findNoticesDue(db: Db, councilId: string): Promise<NoticeDueRow[]> {
  const rows = await db
    .selectFrom("cessation as s")
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "s.council_id").onRef("b.id", "=", "s.budget_id"))
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "b.council_id").onRef("c.id", "=", "b.child_id"))
    .select(["s.id", "s.budget_id", "c.id as childId", "c.reference", "s.notice_due_on", "s.reason_code"])
    .where("s.council_id", "=", councilId)
    .where("s.notice_sent_on", "is", null)
    .orderBy(sql`s.notice_due_on nulls first`)
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({ id: r.id, childId: r.childId, childReference: r.reference, dueOn: r.notice_due_on, reasonCode: r.reason_code, href: `/cessations/${r.id}/notice` }));
}

/** Open requests for a review of a decision whose council deadline is near or past, or that have none (the policy sets no time limit). */
export async function findDisagreementsNearDeadline(db: Db, councilId: string, until: string): Promise<DisagreementDueRow[]> {
  const rows = await db
    .selectFrom("disagreement as g")
    .innerJoin("decision as d", (j) => j.onRef("d.council_id", "=", "g.council_id").onRef("d.id", "=", "g.decision_id"))
    .innerJoin("request_line as l", (j) => j.onRef("l.council_id", "=", "d.council_id").onRef("l.id", "=", "d.request_line_id"))
    .innerJoin("pb_request as r", (j) => j.onRef("r.council_id", "=", "l.council_id").onRef("r.id", "=", "l.request_id"))
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "r.council_id").onRef("c.id", "=", "r.child_id"))
    .select(["g.id", "c.id as childId", "c.reference", "g.decision_deadline_on", "g.received_on"])
    .where("g.council_id", "=", councilId)
    .where("g.outcome", "is", null)
    .where((eb) => eb.or([eb("g.decision_deadline_on", "<=", until), eb("g.decision_deadline_on", "is", null)]))
    .orderBy(sql`g.decision_deadline_on nulls last`)
    .orderBy("g.received_on")
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({ id: r.id, childId: r.childId, childReference: r.reference, dueOn: r.decision_deadline_on, receivedOn: r.received_on, href: `/disagreements/${r.id}` }));
}

/** Conditions of an approval not yet confirmed (or found not met) on lines whose standing decision approves them. */
export async function findConditionsUnconfirmed(db: Db, councilId: string): Promise<ConditionUnconfirmedRow[]> {
  const rows = await db
    .selectFrom("decision_condition as k")
    .innerJoin("request_line as l", (j) => j.onRef("l.council_id", "=", "k.council_id").onRef("l.id", "=", "k.request_line_id"))
    .innerJoin("pb_request as r", (j) => j.onRef("r.council_id", "=", "l.council_id").onRef("r.id", "=", "l.request_id"))
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "r.council_id").onRef("c.id", "=", "r.child_id"))
    .innerJoin("decision as d", (j) => j.onRef("d.council_id", "=", "k.council_id").onRef("d.request_line_id", "=", "k.request_line_id"))
    .select(["k.id", "k.code", "k.status", "r.id as requestId", "l.line_no", "c.id as childId", "c.reference", "d.decided_on"])
    .where("k.council_id", "=", councilId)
    .where("k.status", "<>", "confirmed")
    .where("d.outcome", "<>", "refused")
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom("decision as s").select("s.id").whereRef("s.council_id", "=", "d.council_id").whereRef("s.supersedes_decision_id", "=", "d.id"))))
    .orderBy("d.decided_on")
    .orderBy("k.id")
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({
    id: r.id, childId: r.childId, childReference: r.reference, dueOn: null, href: `/requests/${r.requestId}#conditions-line-${r.line_no}`,
    code: r.code, status: r.status === "not_met" ? "not_met" : "pending", decidedOn: r.decided_on,
  }));
}
