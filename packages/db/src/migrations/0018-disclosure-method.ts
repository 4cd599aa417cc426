import { sql, type Kysely } from "kysely";

// Issue 18: how a council's published figures are protected. "suppress" hides counts under the
// threshold (and whatever a total would give back); "round" shows every count to the nearest 5, the
// convention of many official statistics. Every council keeps suppression until an admin chooses.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("council_export_setting")
    .addColumn("disclosure_method", "text", (c) => c.notNull().defaultTo("suppress").check(sql`disclosure_method in ('suppress','round')`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("council_export_setting").dropColumn("disclosure_method").execute();
}
