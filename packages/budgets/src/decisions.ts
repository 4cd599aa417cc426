// Panel decisions on the lines of a personal budget request (R12, R13) and the review of a
// decision (T7): which outcome needs what, and when a request counts as decided. Pure rules.

export const DECISION_OUTCOMES = ["approved", "approved_changed", "refused"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_ARRANGEMENTS = ["direct_payment", "organised", "third_party"] as const;
export type DecisionArrangement = (typeof DECISION_ARRANGEMENTS)[number];

export type CheckOutcome = "eligible" | "conditional" | "ineligible";
export type RequestStatus = "open" | "decided" | "withdrawn";

export const MAX_REASON_LENGTH = 2000;

/** What the family asked for on one line, and what the policy check said about it. */
export type RequestedLine = {
  annualCostPence: number;
  arrangement: DecisionArrangement;
  recipient: string | null;
  checkOutcome: CheckOutcome;
};

export type DecisionReasonInput = { code?: string | null; text: string; source?: string | null };

/** A decision as the panel proposes it; amount and arrangement left null mean "as asked". */
export type ProposedDecision = {
  outcome: DecisionOutcome;
  amountPence: number | null;
  arrangement: DecisionArrangement | null;
  reasons: readonly DecisionReasonInput[];
};

export type DecisionIssue = { field: "outcome" | "amountPence" | "arrangement" | "reasons"; message: string };

/** What an outcome needs: whether reasons are required, and whether it carries an amount. */
export function describeOutcomeNeeds(outcome: DecisionOutcome): { reasonsRequired: boolean; carriesAmount: boolean } {
  switch (outcome) {
    case "refused":
      // R13: a refusal must say why.
      return { reasonsRequired: true, carriesAmount: false };
    case "approved_changed":
      // Part of what was asked is refused, so the family is owed the reasons for the change.
      return { reasonsRequired: true, carriesAmount: true };
    case "approved":
      // Approving a line the check found failing is judged rule by rule, as exceptions with their own
      // reasons (judgeExceptions in @pb/eligibility), not by a reason for the whole line.
      return { reasonsRequired: false, carriesAmount: true };
  }
}

function findReasonIssues(reasons: readonly DecisionReasonInput[], required: boolean, outcome: DecisionOutcome): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  if (reasons.some((r) => r.text.trim() === "")) issues.push({ field: "reasons", message: "each reason needs some words; remove the empty one" });
  if (reasons.some((r) => r.text.length > MAX_REASON_LENGTH)) issues.push({ field: "reasons", message: `each reason must be at most ${MAX_REASON_LENGTH} characters` });
  if (required && !reasons.some((r) => r.text.trim() !== "")) {
    const why = outcome === "refused" ? "a refusal must give the family its reasons (R13)" : "say why the amount or arrangement differs from what was asked (R13)";
    issues.push({ field: "reasons", message: `are required: ${why}` });
  }
  return issues;
}

function isWholePence(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** The amount and arrangement a decision records: as asked, as changed, or none for a refusal. */
export function settleDecisionTerms(requested: RequestedLine, proposed: ProposedDecision): { amountPence: number | null; arrangement: DecisionArrangement | null } {
  if (proposed.outcome === "refused") return { amountPence: null, arrangement: null };
  return { amountPence: proposed.amountPence ?? requested.annualCostPence, arrangement: proposed.arrangement ?? requested.arrangement };
}

/** Every way the proposed decision breaks the rules; empty when it may be recorded. */
export function findDecisionIssues(requested: RequestedLine, proposed: ProposedDecision): DecisionIssue[] {
  const needs = describeOutcomeNeeds(proposed.outcome);
  const issues = findReasonIssues(proposed.reasons, needs.reasonsRequired, proposed.outcome);
  if (proposed.amountPence !== null && !isWholePence(proposed.amountPence)) {
    return [...issues, { field: "amountPence", message: "must be a whole number of pence, 0 or more" }];
  }
  if (!needs.carriesAmount) {
    if (proposed.amountPence !== null) issues.push({ field: "amountPence", message: "must be left empty for a refusal" });
    if (proposed.arrangement !== null) issues.push({ field: "arrangement", message: "must be left empty for a refusal" });
    return issues;
  }
  const terms = settleDecisionTerms(requested, proposed);
  const amountChanged = terms.amountPence !== requested.annualCostPence;
  const arrangementChanged = terms.arrangement !== requested.arrangement;
  if (proposed.outcome === "approved") {
    if (amountChanged) issues.push({ field: "amountPence", message: "differs from the amount asked for: record an approval at a different amount or arrangement" });
    if (arrangementChanged) issues.push({ field: "arrangement", message: "differs from the arrangement asked for: record an approval at a different amount or arrangement" });
    return issues;
  }
  issues.push(...findChangeIssues(requested, terms, amountChanged || arrangementChanged));
  return issues;
}

/** An approval at a different amount or arrangement: something must differ, and it must be payable. */
function findChangeIssues(requested: RequestedLine, terms: { amountPence: number | null; arrangement: DecisionArrangement | null }, changed: boolean): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  if (!changed) issues.push({ field: "outcome", message: "nothing differs from what was asked: record a plain approval, or change the amount or arrangement" });
  if (terms.amountPence === 0) issues.push({ field: "amountPence", message: "an approval of £0.00 is a refusal: record a refusal with its reasons" });
  if (terms.arrangement === "direct_payment" && requested.recipient === null) {
    issues.push({ field: "arrangement", message: "a direct payment needs a recipient, and the request named none (R9): record another arrangement or a new request" });
  }
  return issues;
}

/** A request is decided once every line has a decision; a withdrawn request stays withdrawn. */
export function deriveRequestStatus(current: RequestStatus, lines: readonly { decided: boolean }[]): RequestStatus {
  if (current === "withdrawn") return "withdrawn";
  return lines.length > 0 && lines.every((line) => line.decided) ? "decided" : "open";
}

/**
 * T7: a request for a review made after its deadline is still recorded, but flagged late. With no
 * deadline (the policy sets no time limit for asking) a request is never late.
 */
export function isReviewRequestLate(requestedOn: string, deadlineOn: string | null): boolean {
  return deadlineOn !== null && requestedOn > deadlineOn;
}

export const DISAGREEMENT_OUTCOMES = ["upheld", "changed", "withdrawn"] as const;
export type DisagreementOutcome = (typeof DISAGREEMENT_OUTCOMES)[number];

export type DisagreementIssue = { field: "outcome" | "notes" | "newDecision"; message: string };

/** The end of a review of a decision: upheld with reasons, changed with a new decision, or withdrawn. */
export function findDisagreementOutcomeIssues(input: { outcome: DisagreementOutcome; notes: string; hasNewDecision: boolean }): DisagreementIssue[] {
  const issues: DisagreementIssue[] = [];
  if (input.outcome === "changed" && !input.hasNewDecision) issues.push({ field: "newDecision", message: "is required when the decision is changed: record what the council now decides" });
  if (input.outcome !== "changed" && input.hasNewDecision) issues.push({ field: "newDecision", message: `must be left out when the review is ${input.outcome}` });
  // R13: the decision on review is recorded with reasons and confirmed in writing.
  if (input.outcome === "upheld" && input.notes.trim() === "") issues.push({ field: "notes", message: "are required when the decision is upheld: give the reasons the family will be sent (R13)" });
  return issues;
}
