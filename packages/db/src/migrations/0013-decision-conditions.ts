import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation } from "./helpers";

// The conditions of a panel approval (what the line's check left "to confirm"), one row per condition
// of a request line: pending until confirmed (what, who, when, evidence) or found not met. Keyed by the
// line, so a later decision on the same line (a review's outcome) keeps what was already confirmed.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("decision_condition")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("request_line_id", "uuid", (c) => c.notNull())
    .addColumn("decision_id", "uuid", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending").check(sql`status in ('pending','confirmed','not_met')`))
    .addColumn("what", "text")
    .addColumn("confirmed_by", "text")
    .addColumn("confirmed_on", "date")
    .addColumn("evidence", "text")
    .addColumn("confirmed_by_user_id", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("decision_condition_pkey", ["council_id", "id"])
    .addUniqueConstraint("decision_condition_line_code_key", ["council_id", "request_line_id", "code"])
    .addForeignKeyConstraint("decision_condition_line_fkey", ["council_id", "request_line_id"], "request_line", ["council_id", "id"])
    .addForeignKeyConstraint("decision_condition_decision_fkey", ["council_id", "decision_id"], "decision", ["council_id", "id"])
    .addCheckConstraint(
      "decision_condition_recorded_check",
      sql`(status = 'pending') = (confirmed_on is null) and (status = 'pending') = (what is null) and (status = 'pending') = (confirmed_by is null) and (status = 'pending') = (evidence is null)`,
    )
    .execute();
  // The work queue and the payability facts look for what is still open.
  await sql`create index decision_condition_open_idx on decision_condition (council_id, request_line_id) where status <> 'confirmed'`.execute(db);
  await sql`grant select, insert, update on decision_condition to pb_app`.execute(db);
  await enableCouncilIsolation(db, "decision_condition");
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("decision_condition").ifExists().execute();
}
