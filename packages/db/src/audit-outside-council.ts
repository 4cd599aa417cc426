import { sql, type Transaction } from "kysely";
import { writeAudit, type AuditEntry } from "./audit";
import type { DB } from "./schema";

/**
 * For writes made before any council is chosen (sign-in, sign-out): the transaction takes the
 * application's role, as `withCouncil` does, so the runtime role's grants are what is exercised.
 */
export async function actAsApplication(trx: Transaction<DB>): Promise<void> {
  await sql`select set_config('role', 'pb_app', true)`.execute(trx);
}

/**
 * One event that concerns several councils (a user who belongs to each): one audit row in each,
 * in the caller's transaction, each written under that council's row-level security.
 */
export async function writeAuditInCouncils(trx: Transaction<DB>, councilIds: readonly string[], entry: Omit<AuditEntry, "councilId">): Promise<void> {
  for (const councilId of councilIds) {
    await sql`select set_config('app.council_id', ${councilId}, true)`.execute(trx);
    await writeAudit(trx, { ...entry, councilId });
  }
  await sql`select set_config('app.council_id', '', true)`.execute(trx);
}
