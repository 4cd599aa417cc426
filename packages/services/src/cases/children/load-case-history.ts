import { sql } from "kysely";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";
import type { CaseHistoryEntry, CaseHistoryPage } from "./case-view";
import type { PersonalDetailsAccess } from "./child-types";
import { hidePersonalDetails } from "./personal-fields";

/** How many changes the case page shows before it links to the rest. */
export const CASE_PAGE_HISTORY = 100;
/** How many changes one page of the full history shows. */
export const HISTORY_PAGE = 200;

/**
 * The last row of the page before (newer): the next page starts after it in the order (time, id). The
 * time stays text, as PostgreSQL writes it, because a JavaScript Date would drop its microseconds.
 */
type HistoryCursor = { at: string; id: string };

/**
 * One page of the audit rows about a child, newest first: who, when, what, and the values before and
 * after. Pages follow the cursor, so a page never repeats or skips a row when changes are made while
 * someone reads; `olderBefore` says where the next page starts.
 */
export async function loadCaseHistory(
  ctx: ServiceContext,
  childId: string,
  access: PersonalDetailsAccess,
  page: { after?: HistoryCursor | null; limit: number },
): Promise<CaseHistoryPage> {
  let query = ctx.db
    .selectFrom("audit_log as a")
    .leftJoin("app_user as u", "u.id", "a.actor_user_id")
    .select(["a.id", "a.at", "u.display_name", "a.action", "a.entity", "a.entity_id", "a.before", "a.after"])
    .where("a.council_id", "=", ctx.councilId)
    .where("a.child_id", "=", childId);
  if (page.after) {
    // Rows share a time when one transaction writes several, so the id breaks the tie, as in the order.
    query = query.where(sql<boolean>`(a.at, a.id) < (${page.after.at}::timestamptz, ${page.after.id}::bigint)`);
  }
  const rows = await query.orderBy("a.at", "desc").orderBy("a.id", "desc").limit(page.limit + 1).execute();
  const shown = rows.slice(0, page.limit);
  const entries: CaseHistoryEntry[] = shown.map((r) => ({
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    who: r.display_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: hidePersonalDetails(r.before, access),
    after: hidePersonalDetails(r.after, access),
  }));
  return { entries, olderBefore: rows.length > page.limit ? (entries.at(-1)?.id ?? null) : null };
}

/** A page of one child's whole history, for the history page. Another council's child is not found. */
export async function listCaseHistory(
  ctx: ServiceContext,
  input: { childId: string; before?: string | null },
  access: PersonalDetailsAccess,
): Promise<CaseHistoryPage & { child: { id: string; reference: string } }> {
  const child = await ctx.db.selectFrom("child").select(["id", "reference"]).where("council_id", "=", ctx.councilId).where("id", "=", input.childId).executeTakeFirst();
  if (!child) throw new NotFoundError("That child or young person");
  let after: HistoryCursor | null = null;
  if (input.before) {
    const row = await ctx.db.selectFrom("audit_log").select([sql<string>`at::text`.as("at"), "id"]).where("council_id", "=", ctx.councilId).where("child_id", "=", child.id).where("id", "=", input.before).executeTakeFirst();
    if (!row) throw new NotFoundError("That point in the case history");
    after = { at: row.at, id: String(row.id) };
  }
  return { child, ...(await loadCaseHistory(ctx, child.id, access, { after, limit: HISTORY_PAGE })) };
}
