import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation } from "./helpers";

// The checks of a direct payment the policy sets (T4): the case officer's check of how it is used and
// the finance officer's check of its account. A record of what was done, so the application may only
// add to it; the next check falls due from the latest one (findNextCheckDue in @pb/reviews).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("monitoring_check")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("budget_id", "uuid", (c) => c.notNull())
    .addColumn("child_id", "uuid", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('monitoring','finance_check')`))
    .addColumn("checked_on", "date", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull().check(sql`outcome in ('satisfactory','concerns')`))
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("monitoring_check_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("monitoring_check_budget_fkey", ["council_id", "budget_id"], "budget", ["council_id", "id"])
    .addForeignKeyConstraint("monitoring_check_child_fkey", ["council_id", "child_id"], "child", ["council_id", "id"])
    .execute();
  await db.schema.createIndex("monitoring_check_child_idx").on("monitoring_check").columns(["council_id", "child_id", "kind", "checked_on"]).execute();
  await sql`grant select, insert on monitoring_check to pb_app`.execute(db);
  await enableCouncilIsolation(db, "monitoring_check");
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("monitoring_check").ifExists().execute();
}
