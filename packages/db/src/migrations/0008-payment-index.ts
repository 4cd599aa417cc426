import type { Kysely } from "kysely";

// payment_line_idx (council_id, budget_line_id) is the leading part of the unique key
// payment_line_due_key (council_id, budget_line_id, due_on), which answers the same lookups: it
// only cost every payment written (ten million at national scale) one more index entry.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("payment_line_idx").ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("payment_line_idx").on("payment").columns(["council_id", "budget_line_id"]).execute();
}
