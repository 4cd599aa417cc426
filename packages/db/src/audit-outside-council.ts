import { sql, type Kysely, type Transaction } from "kysely";
import { APPLICATION_ROLE } from "./council-scope";
import type { AuditEntry } from "./audit";
import type { DB } from "./schema";

/**
 * For writes made before any council is chosen (sign-in, sign-out): the transaction takes the
 * application's role, as `withCouncil` does, so the runtime role's grants are what is exercised.
 */
export async function actAsApplication(trx: Transaction<DB>): Promise<void> {
  await sql`select set_config('role', ${APPLICATION_ROLE}, true)`.execute(trx);
}

/**
 * One event about a user (a lockout, a sign-out, a deactivation): one audit row in each council the
 * user belongs to, in the caller's transaction. No council is entered, so the rows are written by
 * `pb_audit_user_event` (migration 0020), which takes the councils from the user's memberships.
 */
export async function writeUserAudit(trx: Transaction<DB> | Kysely<DB>, userId: string, entry: Omit<AuditEntry, "councilId" | "childId" | "before">): Promise<void> {
  const after = entry.after === undefined ? null : JSON.stringify(entry.after);
  await sql`select pb_audit_user_event(${userId}::uuid, ${entry.actorUserId}::uuid, ${entry.action}, ${entry.entity}, ${entry.entityId}, ${after}::jsonb)`.execute(trx);
}

/** The user's session version, or null when the user is deactivated or gone (migration 0020). */
export async function findSessionVersion(db: Kysely<DB>, userId: string): Promise<number | null> {
  const { rows } = await sql<{ version: number | null }>`select pb_session_version(${userId}::uuid) as version`.execute(db);
  return rows[0]?.version ?? null;
}

/** Adds one to the user's session version (and deactivates them when asked); false when there is no such user. */
export async function endUserSessions(trx: Transaction<DB>, userId: string, deactivate: boolean): Promise<boolean> {
  const { rows } = await sql<{ ended: boolean }>`select pb_end_sessions(${userId}::uuid, ${deactivate}) as ended`.execute(trx);
  return rows[0]?.ended === true;
}
