import type { OutboxStatus, Role } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { sortRoles } from "./council-members";
import { INVITATION_STATE_WORDS, invitationState, USER_STATUS_WORDS, userStatus, type InvitationState, type UserStatus } from "./user-status";

export type CouncilUser = {
  userId: string;
  name: string;
  email: string;
  /** Roles here now; for a user deactivated here, the roles they had (given back on reactivation). */
  roles: Role[];
  status: UserStatus;
  /** The status as the users page shows it. */
  statusWords: string;
  lastSignedInAt: Date | null;
  /** Wrong passwords since the last successful sign-in. */
  failedSignIns: number;
  lastFailedSignInAt: Date | null;
  invitation: { state: InvitationState; stateWords: string; createdAt: Date; expiresAt: Date; delivery: OutboxStatus | null; sentAt: Date | null } | null;
};

/** The council's users (members and those deactivated here), by name, with their latest invitation here and its email's state. */
export async function listCouncilUsers(ctx: ServiceContext, now: Date = new Date()): Promise<CouncilUser[]> {
  const userColumns = ["u.id", "u.display_name", "u.email", "u.deactivated_at", "u.last_signed_in_at", "u.failed_sign_ins", "u.last_failed_sign_in_at"] as const;
  const memberRows = await ctx.db
    .selectFrom("council_membership as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select([...userColumns, "m.role"])
    .where("m.council_id", "=", ctx.councilId)
    .execute();
  const deactivatedRows = await ctx.db
    .selectFrom("member_deactivation as d")
    .innerJoin("app_user as u", "u.id", "d.user_id")
    .select([...userColumns, "d.roles"])
    .where("d.council_id", "=", ctx.councilId)
    .execute();
  const invitations = await ctx.db
    .selectFrom("user_invitation as i")
    .leftJoin("notification_outbox as o", (j) =>
      j.onRef("o.council_id", "=", "i.council_id").on("o.subject_type", "=", "user_invitation").onRef("o.subject_id", "=", "i.id"),
    )
    .select(["i.user_id", "i.created_at", "i.expires_at", "i.accepted_at", "i.withdrawn_at", "o.status", "o.sent_at"])
    .where("i.council_id", "=", ctx.councilId)
    .orderBy("i.created_at", "desc")
    .execute();
  const latestInvitation = new Map<string, (typeof invitations)[number]>();
  for (const inv of invitations) if (!latestInvitation.has(inv.user_id)) latestInvitation.set(inv.user_id, inv);

  type UserRow = (typeof memberRows)[number];
  const users = new Map<string, { row: UserRow; roles: Role[]; deactivatedHere: boolean }>();
  for (const row of memberRows) {
    const entry = users.get(row.id) ?? { row, roles: [], deactivatedHere: false };
    entry.roles.push(row.role);
    users.set(row.id, entry);
  }
  for (const row of deactivatedRows) users.set(row.id, { row: { ...row, role: "admin" }, roles: row.roles, deactivatedHere: true });

  return [...users.values()]
    .map(({ row, roles, deactivatedHere }): CouncilUser => {
      const inv = latestInvitation.get(row.id);
      const state = inv ? invitationState({ expiresAt: inv.expires_at, acceptedAt: inv.accepted_at, withdrawnAt: inv.withdrawn_at }, now) : null;
      const status = userStatus({ deactivatedHere, accountDeactivated: row.deactivated_at !== null, lastSignedInAt: row.last_signed_in_at, latestInvitation: state });
      return {
        userId: row.id,
        name: row.display_name,
        email: row.email,
        roles: sortRoles(roles),
        status,
        statusWords: USER_STATUS_WORDS[status],
        lastSignedInAt: row.last_signed_in_at,
        failedSignIns: row.failed_sign_ins,
        lastFailedSignInAt: row.last_failed_sign_in_at,
        invitation: inv && state ? { state, stateWords: INVITATION_STATE_WORDS[state], createdAt: inv.created_at, expiresAt: inv.expires_at, delivery: inv.status ?? null, sentAt: inv.sent_at ?? null } : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB") || a.email.localeCompare(b.email));
}
