import type { ServiceContext } from "../../shared/context";
import type { CaseHistoryEntry } from "./case-view";
import type { PersonalDetailsAccess } from "./child-types";
import { hidePersonalDetails } from "./personal-fields";

const LIMIT = 500;

/** The audit rows about one child, newest first: who, when, what, and the values before and after. */
export async function loadCaseHistory(ctx: ServiceContext, childId: string, access: PersonalDetailsAccess): Promise<CaseHistoryEntry[]> {
  const rows = await ctx.db
    .selectFrom("audit_log as a")
    .leftJoin("app_user as u", "u.id", "a.actor_user_id")
    .select(["a.id", "a.at", "u.display_name", "a.action", "a.entity", "a.entity_id", "a.before", "a.after"])
    .where("a.council_id", "=", ctx.councilId)
    .where("a.child_id", "=", childId)
    .orderBy("a.at", "desc")
    .orderBy("a.id", "desc")
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    who: r.display_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: hidePersonalDetails(r.before, access),
    after: hidePersonalDetails(r.after, access),
  }));
}
