import { sql, type Kysely } from "kysely";

// Issue 19: the runtime role holds only the grants the application uses. Rows are corrected by new
// rows (reversals, later versions, ceased budgets), so the application deletes from three tables
// only: a plan's outcomes when the plan is edited, a draft policy version when it is discarded, and
// spent sign-in counters; the dashboards' rollups (analytics_*) are kept by triggers that delete
// and re-add a council's rows. Memberships are made by the owner (seeds, and user administration
// when it comes), never by a request, so a request cannot make its own user an admin.
export const RUNTIME_DELETABLE_TABLES = ["plan_outcome", "policy_version", "sign_in_throttle"] as const;
const ROLLUP_PREFIX = "analytics_";

export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ table: string }>`
    select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and has_table_privilege('pb_app', c.oid, 'DELETE')
    order by c.relname`.execute(db);
  for (const { table } of rows) {
    if ((RUNTIME_DELETABLE_TABLES as readonly string[]).includes(table) || table.startsWith(ROLLUP_PREFIX)) continue;
    await sql`revoke delete on ${sql.table(table)} from pb_app`.execute(db);
  }
  await sql`revoke insert, update, delete on council_membership from pb_app`.execute(db);
  await sql`revoke truncate, references, trigger on all tables in schema public from pb_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`grant insert, update, delete on council_membership to pb_app`.execute(db);
}
