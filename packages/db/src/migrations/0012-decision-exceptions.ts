import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation } from "./helpers";
import { EXCEPTION_ROLLUP, fillFromRowsSql, ROLLUPS_0010, ROLLUPS_0012, TRIGGER_OPS } from "./analytics/rollup-sql";
import { createRollupTable, dropRollupTables, replaceRollupFunctions } from "./analytics/rollup-migration";

// Issue 17. An approval of a line the check found failing under the council's own policy records each
// rule it sets aside, with the panel's reasons (decision_exception: a table, so the policy review counts
// them by rule); the law's exclusions are refused before anything is written. The panel's answers to the
// policy's judgement questions are kept with the decision (decision.judgements). The exceptions roll up
// by month, rule and policy version like the other dashboards' figures (analytics_exception_month).

const run = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("decision").addColumn("judgements", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`)).execute();

  await db.schema
    .createTable("decision_exception")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("decision_id", "uuid", (c) => c.notNull())
    .addColumn("request_line_id", "uuid", (c) => c.notNull())
    // The failing reason of the line's check, in its words and with its citation, as the panel saw it.
    .addColumn("reason_code", "text", (c) => c.notNull())
    .addColumn("rule", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("reasons", "text", (c) => c.notNull().check(sql`length(btrim(reasons)) > 0`))
    // The decision's date and the version whose rule was set aside, kept here so the rollup reads one row.
    .addColumn("decided_on", "date", (c) => c.notNull())
    .addColumn("policy_version_id", "uuid", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("decision_exception_pkey", ["council_id", "id"])
    .addUniqueConstraint("decision_exception_rule_key", ["council_id", "decision_id", "reason_code"])
    .addForeignKeyConstraint("decision_exception_decision_fkey", ["council_id", "decision_id"], "decision", ["council_id", "id"])
    .addForeignKeyConstraint("decision_exception_line_fkey", ["council_id", "request_line_id"], "request_line", ["council_id", "id"])
    .addForeignKeyConstraint("decision_exception_policy_fkey", ["council_id", "policy_version_id"], "policy_version", ["council_id", "id"])
    .execute();
  await db.schema.createIndex("decision_exception_line_idx").on("decision_exception").columns(["council_id", "request_line_id"]).execute();
  await sql`grant select, insert, update, delete on decision_exception to pb_app`.execute(db);
  await enableCouncilIsolation(db, "decision_exception");

  await createRollupTable(db, EXCEPTION_ROLLUP);
  await run(db, fillFromRowsSql(EXCEPTION_ROLLUP));
  await replaceRollupFunctions(db, ROLLUPS_0012, [EXCEPTION_ROLLUP]);
  for (const op of TRIGGER_OPS) {
    const tables = op === "insert" ? "new table as new_rows" : op === "delete" ? "old table as old_rows" : "old table as old_rows new table as new_rows";
    await run(db, `create trigger analytics_${op} after ${op} on decision_exception referencing ${tables}
      for each statement execute function analytics_on_decision_exception_${op}()`);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const op of TRIGGER_OPS) {
    await run(db, `drop trigger if exists analytics_${op} on decision_exception`);
    await run(db, `drop function if exists analytics_on_decision_exception_${op}()`);
  }
  await replaceRollupFunctions(db, ROLLUPS_0010, [EXCEPTION_ROLLUP]);
  await dropRollupTables(db, [EXCEPTION_ROLLUP]);
  await db.schema.dropTable("decision_exception").ifExists().execute();
  await db.schema.alterTable("decision").dropColumn("judgements").execute();
}
