import { sql, type Kysely, type Transaction } from "kysely";
import type { DB } from "./schema";

export type CouncilTransaction = Transaction<DB>;

/** The role every request's transaction takes (ADR 0004): the grants and row-level security are its. */
export const APPLICATION_ROLE = "pb_app";

/**
 * Runs `work` in one transaction that knows its council: the council is entered once, sealed for
 * this transaction (see ADR 0004), and the role is the application's, so row-level security scopes
 * every query underneath the code's own `where council_id = …`.
 */
export async function withCouncil<T>(
  db: Kysely<DB>,
  councilId: string,
  work: (trx: CouncilTransaction) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await enterCouncil(trx, councilId);
    return work(trx);
  });
}

/** Enters a council for the rest of the transaction `trx` holds; once only (a second time is refused). */
export async function enterCouncil(trx: Kysely<DB>, councilId: string): Promise<void> {
  // One round trip for both: set_config('role', …, true) is SET LOCAL ROLE.
  await sql`select pb_enter_council(${councilId}::uuid), set_config('role', ${APPLICATION_ROLE}, true)`.execute(trx);
}
