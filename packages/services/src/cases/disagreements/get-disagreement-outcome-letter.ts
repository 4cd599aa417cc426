import { buildDisagreementOutcomeLetter, type FamilyLetter, type LetterOutcome, type OutcomeDecision } from "@pb/reports";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { loadRequestLine } from "../decisions/load-request-line";
import { describeSigners, loadLetterParties } from "../letters/letter-parties";
import { loadDecisionForReview } from "./load-decision-for-review";
import { loadDisagreement } from "./load-disagreement";

export type DisagreementOutcomeLetterView = {
  letter: FamilyLetter;
  disagreement: { id: string; version: number; childId: string; requestId: string; outcomeOn: string; outcomeLetterSentOn: string | null; newDecisionId: string | null };
};

/**
 * The letter telling the family the outcome of a review of a decision (T7): what was decided, what
 * changes, and the routes still open. Dated the day it was sent, or today until then.
 */
export async function getDisagreementOutcomeLetter(ctx: ServiceContext, input: { disagreementId: string }): Promise<DisagreementOutcomeLetterView> {
  const g = await loadDisagreement(ctx, input.disagreementId);
  if (!g.outcome || !g.outcome_on) throw new ValidationError("disagreementId", "the review has no outcome yet: record the outcome first");
  const decision = await loadDecisionForReview(ctx, g.decision_id);
  const line = await loadRequestLine(ctx, decision.request_line_id);
  const letterDate = g.outcome_letter_sent_on ?? ctx.today;
  if (letterDate < g.outcome_on) throw new ValidationError("disagreementId", "the outcome is dated after today");
  const replacement = g.outcome === "changed" && decision.replacedById
    ? await ctx.db.selectFrom("decision").select(["id", "outcome", "amount_pence", "arrangement", "decided_on"]).where("council_id", "=", ctx.councilId).where("id", "=", decision.replacedById).executeTakeFirst()
    : undefined;
  const asDecision = (d: { outcome: string; amount_pence: unknown; arrangement: string | null; decided_on: string }): OutcomeDecision => ({
    outcome: d.outcome as LetterOutcome,
    amountPence: d.amount_pence === null ? null : Number(d.amount_pence),
    arrangement: d.arrangement,
    recipient: line.recipient,
    decidedOn: d.decided_on,
  });
  const { councilName, child } = await loadLetterParties(ctx, decision.child_id);
  const policy = decision.policy.policy;
  const letter = buildDisagreementOutcomeLetter({
    councilName,
    policy,
    letterDate,
    child,
    line: { stream: line.stream, service: line.service },
    requestedOn: g.requested_on,
    meetingOn: g.meeting_on,
    outcome: g.outcome,
    outcomeOn: g.outcome_on,
    notes: g.outcome_notes,
    reviewed: asDecision(decision),
    replacement: replacement ? asDecision(replacement) : null,
    signedBy: describeSigners(policy, [line.stream], councilName),
  });
  return {
    letter,
    disagreement: { id: g.id, version: Number(g.version), childId: decision.child_id, requestId: decision.request_id, outcomeOn: g.outcome_on, outcomeLetterSentOn: g.outcome_letter_sent_on, newDecisionId: replacement?.id ?? null },
  };
}
