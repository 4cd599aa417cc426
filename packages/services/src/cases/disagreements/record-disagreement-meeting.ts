import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { updateAtVersion } from "../../shared/versioned-update";
import { loadDecisionForReview } from "./load-decision-for-review";
import { loadDisagreement } from "./load-disagreement";

/** The meeting with a decision maker (T7); it may be planned ahead, so the date may be to come. */
export async function recordDisagreementMeeting(ctx: ServiceContext, input: { disagreementId: string; version: number; meetingOn: string }): Promise<{ version: number }> {
  const disagreement = await loadDisagreement(ctx, input.disagreementId);
  if (disagreement.outcome) throw new ValidationError("meetingOn", "the review already has its outcome");
  if (input.meetingOn < disagreement.received_on) throw new ValidationError("meetingOn", `cannot be before the request was received (${disagreement.received_on})`);
  const decision = await loadDecisionForReview(ctx, disagreement.decision_id);
  const updated = await updateAtVersion(ctx, "disagreement", disagreement.id, input.version, { meeting_on: input.meetingOn }, "The review");
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "disagreement.meeting",
    entity: "disagreement",
    entityId: disagreement.id,
    childId: decision.child_id,
    before: { meetingOn: disagreement.meeting_on },
    after: { meetingOn: input.meetingOn },
  });
  return { version: Number(updated.version) };
}
