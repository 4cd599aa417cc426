import { sql, type Kysely } from "kysely";
import type { DB } from "../schema";

/**
 * What this connection's role holds beyond the runtime role of ADR 0004 (not a superuser, no
 * BYPASSRLS, owning nothing): empty for a proper runtime role, so the console can warn otherwise.
 */
export async function listExcessConnectionRights(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>`
    select r.rolsuper, r.rolbypassrls, (select count(*)::int from pg_class c where c.relowner = r.oid and c.relnamespace = 'public'::regnamespace) as owned
    from pg_roles r where r.rolname = current_user`.execute(db);
  const role = rows[0];
  if (!role) return [];
  return [
    ...(role.rolsuper ? ["is a superuser"] : []),
    ...(role.rolbypassrls ? ["bypasses row-level security"] : []),
    ...(role.owned > 0 ? [`owns ${role.owned} tables or indexes`] : []),
  ];
}
