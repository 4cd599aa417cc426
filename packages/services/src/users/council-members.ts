import type { Role } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { NotFoundError } from "../shared/errors";
import type { AdminChangeFacts } from "./user-admin-rules";

export type Member = {
  userId: string;
  name: string;
  roles: Role[];
  /** Set when an admin deactivated them in this council, with the roles they had then. */
  deactivation: { roles: Role[]; at: Date } | null;
};

/** One user of this council (a member, or one deactivated here); another council's user is not found. */
export async function loadMember(ctx: ServiceContext, userId: string): Promise<Member> {
  const user = await ctx.db.selectFrom("app_user").select(["id", "display_name"]).where("id", "=", userId).executeTakeFirst();
  const roles = await ctx.db.selectFrom("council_membership").select("role").where("council_id", "=", ctx.councilId).where("user_id", "=", userId).execute();
  const deactivation = await ctx.db
    .selectFrom("member_deactivation")
    .select(["roles", "deactivated_at"])
    .where("council_id", "=", ctx.councilId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!user || (roles.length === 0 && !deactivation)) throw new NotFoundError("That user");
  return {
    userId,
    name: user.display_name,
    roles: sortRoles(roles.map((r) => r.role)),
    deactivation: deactivation ? { roles: sortRoles(deactivation.roles), at: deactivation.deactivated_at } : null,
  };
}

/** Roles once each, in a fixed order (pages list them in ROLES' order). */
export function sortRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)].sort();
}

/** What the guards need about a member: who acts, and how many other admins the council has. */
export async function adminFacts(ctx: ServiceContext, member: Member): Promise<AdminChangeFacts> {
  const { n } = await ctx.db
    .selectFrom("council_membership")
    .select((eb) => eb.fn.count<string>("user_id").distinct().as("n"))
    .where("council_id", "=", ctx.councilId)
    .where("role", "=", "admin")
    .where("user_id", "!=", member.userId)
    .executeTakeFirstOrThrow();
  return { actorUserId: ctx.actorUserId, targetUserId: member.userId, currentRoles: member.roles, otherAdmins: Number(n) };
}
