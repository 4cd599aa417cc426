import { sql } from "kysely";
import type { ServiceContext } from "../shared/context";

// Issue 21: the users page shows the council's latest audited changes to its users, in words.

export const USER_CHANGE_WORDS = {
  "user.invited": "Invited",
  "user.invitation_sent": "Invitation sent again",
  "user.invitation_accepted": "Set their password from the invitation",
  "user.roles_changed": "Roles changed",
  "user.deactivated": "Deactivated",
  "user.reactivated": "Reactivated",
} as const;
export type UserChangeAction = keyof typeof USER_CHANGE_WORDS;
const ACTIONS = Object.keys(USER_CHANGE_WORDS) as UserChangeAction[];

export type UserChange = { at: Date; action: UserChangeAction; words: string; userName: string | null; actorName: string | null; before: unknown; after: unknown };

const RECENT = 50;

/** The council's latest changes to its users (newest first); an invitation's acceptance names its user. */
export async function listUserChanges(ctx: ServiceContext): Promise<UserChange[]> {
  const rows = await ctx.db
    .selectFrom("audit_log as a")
    .leftJoin("user_invitation as i", (j) => j.onRef("i.council_id", "=", "a.council_id").on(sql`i.id::text`, "=", sql.ref("a.entity_id")).on("a.entity", "=", "user_invitation"))
    .leftJoin("app_user as u", (j) => j.on(sql`u.id::text`, "=", sql`coalesce(i.user_id::text, a.entity_id)`))
    .leftJoin("app_user as actor", "actor.id", "a.actor_user_id")
    .select(["a.at", "a.action", "a.before", "a.after", "u.display_name as user_name", "actor.display_name as actor_name"])
    .where("a.council_id", "=", ctx.councilId)
    .where("a.action", "in", ACTIONS)
    .orderBy("a.at", "desc")
    .orderBy("a.seq", "desc")
    .limit(RECENT)
    .execute();
  return rows.map((r) => {
    const action = r.action as UserChangeAction;
    return { at: r.at, action, words: USER_CHANGE_WORDS[action], userName: r.user_name, actorName: r.actor_name, before: r.before, after: r.after };
  });
}
