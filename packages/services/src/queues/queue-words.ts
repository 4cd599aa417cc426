import { formatIsoDateEnGb } from "@pb/calendar";
import { describeCondition } from "@pb/budgets";
import type { ConditionUnconfirmedRow, DecisionDueRow, DisagreementDueRow, LetterNotSentRow, NoticeDueRow, QueueRef, ReviewDueRow } from "@pb/db";
import { CESSATION_REASON_LABELS, CHECK_OUTCOME_LABELS, describeCode, labelOf, REVIEW_KIND_LABELS, STREAM_LABELS } from "@pb/reports";

/** A work queue's item: what the database found, and what it is, in words a case officer reads. */
export type QueueRow = QueueRef & { detail: string };

const DECISION_WORDS: Record<string, string> = { approved: "Approved", approved_changed: "Approved with changes", refused: "Refused" };

const ref = ({ id, childId, childReference, dueOn, href }: QueueRef): QueueRef => ({ id, childId, childReference, dueOn, href });

export function describeDecisionDue(row: DecisionDueRow): QueueRow {
  const what = [labelOf(STREAM_LABELS, row.stream), describeCode(row.service), `policy check: ${labelOf(CHECK_OUTCOME_LABELS, row.checkOutcome).toLowerCase()}`, `received ${formatIsoDateEnGb(row.receivedOn)}`];
  return { ...ref(row), detail: what.join(" · ") };
}

export function describeLetterNotSent(row: LetterNotSentRow): QueueRow {
  const what = [`${labelOf(DECISION_WORDS, row.outcome)} on ${formatIsoDateEnGb(row.decidedOn)}`, row.familyTold ? "family told" : "family not told", row.letterSent ? "letter sent" : "letter not sent"];
  return { ...ref(row), detail: what.join("; ") };
}

export function describeReviewDue(row: ReviewDueRow): QueueRow {
  return { ...ref(row), detail: labelOf(REVIEW_KIND_LABELS, row.kind) };
}

export function describeNoticeDue(row: NoticeDueRow): QueueRow {
  return { ...ref(row), detail: `Notice of cessation: ${labelOf(CESSATION_REASON_LABELS, row.reasonCode).toLowerCase()}` };
}

export function describeDisagreementDue(row: DisagreementDueRow): QueueRow {
  const deadline = row.dueOn ? "" : "; the policy sets no time limit for deciding it";
  return { ...ref(row), detail: `Review of a decision, asked for on ${formatIsoDateEnGb(row.receivedOn)}${deadline}` };
}

export function describeConditionUnconfirmed(row: ConditionUnconfirmedRow): QueueRow {
  const what = `Approved on ${formatIsoDateEnGb(row.decidedOn)} subject to ${describeCondition(row.code)}`;
  return { ...ref(row), detail: row.status === "not_met" ? `${what}: found not met, so the panel must decide the line again` : `${what}: not yet confirmed` };
}
