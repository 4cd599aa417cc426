import { sql, type Kysely, type Transaction } from "kysely";
import type { DB } from "./schema";

export type CouncilTransaction = Transaction<DB>;

/**
 * Runs `work` in one transaction that knows its council: the council id is a per-transaction
 * setting and the role is the application's, so row-level security scopes every query underneath
 * the code's own `where council_id = …`.
 */
export async function withCouncil<T>(
  db: Kysely<DB>,
  councilId: string,
  work: (trx: CouncilTransaction) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    // One round trip for both: set_config('role', …, true) is SET LOCAL ROLE.
    await sql`select set_config('app.council_id', ${councilId}, true), set_config('role', 'pb_app', true)`.execute(trx);
    return work(trx);
  });
}
