import { INVITATION_LIFETIME_DAYS, newInvitationToken } from "@pb/db";
import { formatIsoDateEnGb, todayIso } from "@pb/calendar";
import { enqueueMessage } from "../notify/enqueue-message";
import { type ServiceContext } from "../shared/context";
import { setPasswordLink } from "./sign-in-links";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Earlier links of this user's that are still open stop working: only the latest invitation can be used. */
export async function withdrawOpenInvitations(ctx: ServiceContext, userId: string): Promise<void> {
  await ctx.db
    .updateTable("user_invitation")
    .set({ withdrawn_at: new Date() })
    .where("council_id", "=", ctx.councilId)
    .where("user_id", "=", userId)
    .where("accepted_at", "is", null)
    .where("withdrawn_at", "is", null)
    .execute();
}

/**
 * A new invitation for a member of this council, and its email queued in Notify's outbox in the same
 * transaction. The token leaves only in the email's link (and to the caller, for tests): it is stored hashed.
 */
export async function issueInvitation(ctx: ServiceContext, userId: string, now: Date = new Date()): Promise<{ invitationId: string; token: string; expiresAt: Date }> {
  const user = await ctx.db.selectFrom("app_user").select("email").where("id", "=", userId).executeTakeFirstOrThrow();
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirstOrThrow();
  await withdrawOpenInvitations(ctx, userId);
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS);
  const { id } = await ctx.db
    .insertInto("user_invitation")
    .values({ council_id: ctx.councilId, user_id: userId, token_hash: tokenHash, created_by: ctx.actorUserId, expires_at: expiresAt })
    .returning("id")
    .executeTakeFirstOrThrow();
  await enqueueMessage(ctx, {
    kind: "user_invitation",
    subject: { type: "user_invitation", id },
    recipient: { email: user.email },
    personalisation: { council_name: council.name, sign_in_url: setPasswordLink(token), expires_on: formatIsoDateEnGb(todayIso(expiresAt)) },
  });
  return { invitationId: id, token, expiresAt };
}
