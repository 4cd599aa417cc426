import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { updateAtVersion } from "../../shared/versioned-update";
import { loadDecisionForReview } from "./load-decision-for-review";
import { loadDisagreement } from "./load-disagreement";

/** The day the outcome of a review went to the family in writing (T7: "will confirm the outcome in writing"). */
export async function markOutcomeLetterSent(ctx: ServiceContext, input: { disagreementId: string; version: number; on: string }): Promise<{ version: number }> {
  const g = await loadDisagreement(ctx, input.disagreementId);
  if (!g.outcome_on) throw new ValidationError("disagreementId", "the review has no outcome yet: record the outcome first");
  if (g.outcome_letter_sent_on) throw new ValidationError("on", `the outcome letter was already recorded as sent on ${g.outcome_letter_sent_on}`);
  if (input.on > ctx.today) throw new ValidationError("on", "cannot be in the future");
  if (input.on < g.outcome_on) throw new ValidationError("on", `cannot be before the outcome was decided (${g.outcome_on})`);
  const decision = await loadDecisionForReview(ctx, g.decision_id);
  const updated = await updateAtVersion(ctx, "disagreement", g.id, input.version, { outcome_letter_sent_on: input.on }, "The review");
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "disagreement.outcome_letter_sent", entity: "disagreement", entityId: g.id, childId: decision.child_id,
    before: { outcomeLetterSentOn: null }, after: { outcomeLetterSentOn: input.on },
  });
  return { version: Number(updated.version) };
}
