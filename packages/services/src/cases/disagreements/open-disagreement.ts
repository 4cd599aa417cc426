import { isReviewRequestLate } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { computeReviewDeadline } from "./compute-review-deadline";
import { loadDecisionForReview } from "./load-decision-for-review";

export type OpenDisagreementInput = { decisionId: string; requestedOn: string; receivedOn: string; grounds: string };

/**
 * The family asks for a decision to be reviewed (T7). Both deadlines follow the policy the decision
 * was made under; a request after its deadline is still recorded, and flagged late. Where that policy
 * sets no time limit the deadline is left empty, never invented, and the request is never late.
 */
export async function openDisagreement(ctx: ServiceContext, input: OpenDisagreementInput): Promise<{ id: string; late: boolean; requestDeadlineOn: string | null; decisionDeadlineOn: string | null }> {
  const decision = await loadDecisionForReview(ctx, input.decisionId);
  if (decision.replacedById) throw new ValidationError("decisionId", "this decision has been replaced by a later one: ask for a review of that one");
  // The day the family was told matters only where a time limit runs from it: a policy that sets
  // none does not make the family wait for the council's records before it may ask.
  if (!decision.family_told_on && decision.policy.policy.timeLimits.reviewRequest) throw new ValidationError("decisionId", "record the day the family was told the decision first: the time limit for asking runs from it");
  const open = await ctx.db.selectFrom("disagreement").select("id").where("council_id", "=", ctx.councilId).where("decision_id", "=", decision.id).where("outcome", "is", null).executeTakeFirst();
  if (open) throw new ValidationError("decisionId", "a review of this decision is already open");
  if (input.requestedOn < decision.decided_on) throw new ValidationError("requestedOn", `cannot be before the decision was made (${decision.decided_on})`);
  if (input.receivedOn < input.requestedOn) throw new ValidationError("receivedOn", "cannot be before the family asked");
  if (input.receivedOn > ctx.today) throw new ValidationError("receivedOn", "cannot be in the future");
  const grounds = input.grounds.trim();
  if (!grounds) throw new ValidationError("grounds", "are required: say why the family disagrees");
  const requestDeadline = computeReviewDeadline(decision.policy, "review_request", decision.family_told_on, "decisionId");
  const decisionDeadline = computeReviewDeadline(decision.policy, "review_decision", input.receivedOn, "receivedOn");
  const late = isReviewRequestLate(input.requestedOn, requestDeadline?.due ?? null);
  const row = await ctx.db
    .insertInto("disagreement")
    .values({
      council_id: ctx.councilId,
      decision_id: decision.id,
      family_told_on: decision.family_told_on,
      request_deadline_on: requestDeadline?.due ?? null,
      requested_on: input.requestedOn,
      received_on: input.receivedOn,
      decision_deadline_on: decisionDeadline?.due ?? null,
      grounds,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "disagreement.open",
    entity: "disagreement",
    entityId: row.id,
    childId: decision.child_id,
    after: { decisionId: decision.id, requestedOn: input.requestedOn, receivedOn: input.receivedOn, requestDeadlineOn: requestDeadline?.due ?? null, decisionDeadlineOn: decisionDeadline?.due ?? null, late },
  });
  return { id: row.id, late, requestDeadlineOn: requestDeadline?.due ?? null, decisionDeadlineOn: decisionDeadline?.due ?? null };
}
