import { findDisagreementOutcomeIssues, settleDecisionTerms, type DecisionArrangement, type DisagreementOutcome } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { updateAtVersion } from "../../shared/versioned-update";
import { queueDisagreementOutcome } from "../../messages/family-messages";
import { loadRequestLine } from "../decisions/load-request-line";
import { writeDecision, type PanelDecisionInput } from "../decisions/write-decision";
import { loadDecisionForReview } from "./load-decision-for-review";
import { loadDisagreement } from "./load-disagreement";

export type RecordDisagreementOutcomeInput = {
  disagreementId: string;
  version: number;
  outcome: DisagreementOutcome;
  outcomeOn: string;
  notes: string;
  /** When changed: the council's new decision, which replaces the one reviewed. */
  newDecision: PanelDecisionInput | null;
};

/** The end of a review: upheld with reasons, changed by a new decision that supersedes the old, or withdrawn. */
export async function recordDisagreementOutcome(
  ctx: ServiceContext,
  input: RecordDisagreementOutcomeInput,
  access: { maySetRulesAside?: boolean } = {},
): Promise<{ version: number; newDecisionId: string | null }> {
  const disagreement = await loadDisagreement(ctx, input.disagreementId);
  if (disagreement.outcome) throw new ValidationError("outcome", `is already recorded (${disagreement.outcome})`);
  if (input.outcomeOn > ctx.today) throw new ValidationError("outcomeOn", "cannot be in the future");
  if (input.outcomeOn < disagreement.received_on) throw new ValidationError("outcomeOn", `cannot be before the request was received (${disagreement.received_on})`);
  const issue = findDisagreementOutcomeIssues({ outcome: input.outcome, notes: input.notes, hasNewDecision: input.newDecision !== null })[0];
  if (issue) throw new ValidationError(issue.field, issue.message);
  const decision = await loadDecisionForReview(ctx, disagreement.decision_id);
  const updated = await updateAtVersion(ctx, "disagreement", disagreement.id, input.version, { outcome: input.outcome, outcome_on: input.outcomeOn, outcome_notes: input.notes.trim() }, "The review");
  let newDecisionId: string | null = null;
  if (input.newDecision) {
    const next = input.newDecision;
    const line = await loadRequestLine(ctx, decision.request_line_id);
    const requested = { annualCostPence: line.annual_cost_pence, arrangement: line.arrangement as DecisionArrangement, recipient: line.recipient, checkOutcome: line.check_outcome };
    const terms = settleDecisionTerms(requested, next);
    const same = next.outcome === decision.outcome && terms.amountPence === decision.amount_pence && terms.arrangement === decision.arrangement;
    if (same) throw new ValidationError("newDecision", "is the same as the decision reviewed: record the review as upheld instead");
    newDecisionId = await writeDecision(ctx, { line, decision: next, decidedOn: input.outcomeOn, supersedesDecisionId: decision.id, field: "newDecision", dateField: "outcomeOn", maySetRulesAside: access.maySetRulesAside ?? false });
  }
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "disagreement.outcome",
    entity: "disagreement",
    entityId: disagreement.id,
    childId: decision.child_id,
    after: { outcome: input.outcome, outcomeOn: input.outcomeOn, notes: input.notes.trim(), newDecisionId },
  });
  await queueDisagreementOutcome(ctx, { disagreementId: disagreement.id, childId: decision.child_id, outcomeOn: input.outcomeOn });
  return { version: Number(updated.version), newDecisionId };
}
