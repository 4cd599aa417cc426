import { sql } from "kysely";
import { createOrFindUser, endUserSessions, listUserMemberships, reactivateMember, setCouncilRoles, writeAudit, type Role } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ConflictError } from "../shared/errors";
import { adminFacts, loadMember, sortRoles } from "./council-members";
import { issueInvitation, withdrawOpenInvitations } from "./invitations";
import { refuseDeactivation, refuseRoleChange } from "./user-admin-rules";

// Issue 21: a council's admins add, change and remove its users. Each verb runs in the caller's
// council transaction (memberships of other councils are out of reach: row-level security) and audits
// in it, last. Ids of another council's users are not found.

export type InviteUserInput = { email: string; displayName: string; roles: Role[] };

/**
 * Gives a person roles in this council and emails them a link to set their password. The account is
 * found by email (a person serving two councils has one account) or made without a password.
 */
export async function inviteCouncilUser(ctx: ServiceContext, input: InviteUserInput): Promise<{ userId: string; invitationId: string; token: string; newAccount: boolean }> {
  const account = await createOrFindUser(ctx.db, { email: input.email, displayName: input.displayName });
  const here = await ctx.db.selectFrom("council_membership").select("role").where("council_id", "=", ctx.councilId).where("user_id", "=", account.id).executeTakeFirst();
  if (here) throw new ConflictError("That person is already a user of this council: change their roles instead.");
  const deactivated = await ctx.db.selectFrom("member_deactivation").select("user_id").where("council_id", "=", ctx.councilId).where("user_id", "=", account.id).executeTakeFirst();
  if (deactivated) throw new ConflictError("That person was deactivated in this council: reactivate them instead.");
  const roles = sortRoles(input.roles);
  await setCouncilRoles(ctx.db, { councilId: ctx.councilId, userId: account.id, roles });
  // An account deactivated because it had left every council comes back with its new membership.
  await reactivateMember(ctx.db, account.id);
  const invitation = await issueInvitation(ctx, account.id);
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "user.invited",
    entity: "app_user",
    entityId: account.id,
    after: { roles, invitationId: invitation.invitationId, newAccount: account.created },
  });
  return { userId: account.id, invitationId: invitation.invitationId, token: invitation.token, newAccount: account.created };
}

/** Replaces a member's roles here; never leaves the council without an administrator. */
export async function changeCouncilUserRoles(ctx: ServiceContext, input: { userId: string; roles: Role[] }): Promise<{ added: Role[]; removed: Role[] }> {
  const member = await loadMember(ctx, input.userId);
  if (member.deactivation) throw new ConflictError(`${member.name} is deactivated in this council: reactivate them first.`);
  const roles = sortRoles(input.roles);
  const refusal = refuseRoleChange(await adminFacts(ctx, member), roles);
  if (refusal) throw new ConflictError(refusal);
  const changed = await setCouncilRoles(ctx.db, { councilId: ctx.councilId, userId: member.userId, roles });
  if (changed.added.length || changed.removed.length) {
    await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "user.roles_changed", entity: "app_user", entityId: member.userId, before: { roles: member.roles }, after: { roles } });
  }
  return changed;
}

/**
 * A leaver: their roles here are removed (kept on the deactivation, for reactivating), their open
 * invitations withdrawn and every session of theirs ends at once. The account itself is deactivated
 * only when no other council has them: a person serving two councils keeps the other.
 */
export async function deactivateCouncilUser(ctx: ServiceContext, input: { userId: string }): Promise<{ accountDeactivated: boolean }> {
  const member = await loadMember(ctx, input.userId);
  if (member.deactivation) throw new ConflictError(`${member.name} is already deactivated in this council.`);
  const refusal = refuseDeactivation(await adminFacts(ctx, member));
  if (refusal) throw new ConflictError(refusal);
  await ctx.db
    .insertInto("member_deactivation")
    .values({ council_id: ctx.councilId, user_id: member.userId, roles: sql<Role[]>`array[${sql.join(member.roles)}]::text[]`, deactivated_by: ctx.actorUserId })
    .execute();
  await setCouncilRoles(ctx.db, { councilId: ctx.councilId, userId: member.userId, roles: [] });
  await withdrawOpenInvitations(ctx, member.userId);
  const otherCouncils = new Set((await listUserMemberships(ctx.db, member.userId)).map((m) => m.council_id));
  const accountDeactivated = otherCouncils.size === 0;
  await endUserSessions(ctx.db, member.userId, accountDeactivated);
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "user.deactivated",
    entity: "app_user",
    entityId: member.userId,
    before: { roles: member.roles },
    after: { roles: [], accountDeactivated },
  });
  return { accountDeactivated };
}

/** Gives a user deactivated here their roles back (and their account, if it was deactivated). */
export async function reactivateCouncilUser(ctx: ServiceContext, input: { userId: string }): Promise<{ roles: Role[] }> {
  const member = await loadMember(ctx, input.userId);
  if (!member.deactivation) throw new ConflictError(`${member.name} is not deactivated in this council.`);
  const roles = member.deactivation.roles;
  await ctx.db.deleteFrom("member_deactivation").where("council_id", "=", ctx.councilId).where("user_id", "=", member.userId).execute();
  await setCouncilRoles(ctx.db, { councilId: ctx.councilId, userId: member.userId, roles });
  await reactivateMember(ctx.db, member.userId);
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "user.reactivated", entity: "app_user", entityId: member.userId, after: { roles } });
  return { roles };
}

/** A new link for an invited user who has not set a password yet; earlier links stop working. */
export async function resendInvitation(ctx: ServiceContext, input: { userId: string }): Promise<{ invitationId: string; token: string }> {
  const member = await loadMember(ctx, input.userId);
  if (member.deactivation) throw new ConflictError(`${member.name} is deactivated in this council: reactivate them first.`);
  const user = await ctx.db.selectFrom("app_user").select("last_signed_in_at").where("id", "=", member.userId).executeTakeFirstOrThrow();
  const accepted = await ctx.db
    .selectFrom("user_invitation")
    .select("id")
    .where("council_id", "=", ctx.councilId)
    .where("user_id", "=", member.userId)
    .where("accepted_at", "is not", null)
    .executeTakeFirst();
  if (user.last_signed_in_at || accepted) throw new ConflictError(`${member.name} has already set a password: no invitation is needed.`);
  const invitation = await issueInvitation(ctx, member.userId);
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "user.invitation_sent", entity: "app_user", entityId: member.userId, after: { invitationId: invitation.invitationId } });
  return invitation;
}
