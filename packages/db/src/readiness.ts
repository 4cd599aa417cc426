import { sql, type Kysely } from "kysely";
import { listPendingMigrations } from "./migrate";

/** What a load balancer's readiness probe is told: states only, never a message or a server's name. */
export type Readiness = {
  ready: boolean;
  database: "reachable" | "unreachable";
  migrations: "current" | "pending" | "unknown";
};

/** A database that did not answer: nothing is known of its schema. */
export const UNREACHABLE: Readiness = { ready: false, database: "unreachable", migrations: "unknown" };

/**
 * Whether this connection (the console's runtime role in production) reaches the database and the
 * schema is this release's. A round trip first, so an unreachable server is not mistaken for an
 * unmigrated one (listing pending migrations reads "all pending" from an unreadable table).
 */
export async function checkReadiness(db: Kysely<any>): Promise<Readiness> {
  try {
    await sql`select 1`.execute(db);
  } catch {
    return UNREACHABLE;
  }
  const pending = await listPendingMigrations(db);
  return pending.length === 0 ? { ready: true, database: "reachable", migrations: "current" } : { ready: false, database: "reachable", migrations: "pending" };
}
