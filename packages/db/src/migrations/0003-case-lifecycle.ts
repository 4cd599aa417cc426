import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation, inList } from "./helpers";

const STREAMS = ["education", "health", "social_care", "transport"];
const ARRANGEMENTS = ["direct_payment", "organised", "third_party"];
const RECIPIENTS = ["parent", "young_person", "nominee"];
const STAGES = ["draft_plan", "annual_review", "reassessment", "other"];
const CESSATION_REASONS = [
  "consent_withdrawn", "recipient_ineligible", "not_used_for_agreed_provision", "provision_not_securable_by_dp",
  "adverse_impact_on_services", "inefficient_use_of_resources", "young_person_consent_not_confirmed",
  "plan_ceased", "moved_out_of_area", "aged_out", "other",
];

// The case lifecycle: request → panel decision → agreement → budget → schedule → reviews → cessation,
// with disagreements. Every table leads with council_id and carries a version for optimistic locking.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("child")
    .addColumn("continuing_care_eligible", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("short_breaks_level", "smallint", (c) => c.check(sql`short_breaks_level between 0 and 3`))
    .addColumn("transport_entitled", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("young_person_has_capacity", "boolean")
    .execute();
  await sql`create index child_name_idx on child (council_id, lower(family_name), lower(given_name))`.execute(db);

  await db.schema
    .createTable("plan_outcome")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("plan_id", "uuid", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("plan_outcome_pkey", ["council_id", "id"])
    .addUniqueConstraint("plan_outcome_code_key", ["council_id", "plan_id", "code"])
    .addForeignKeyConstraint("plan_outcome_plan_fkey", ["council_id", "plan_id"], "plan", ["council_id", "id"])
    .execute();

  await db.schema
    .createTable("pb_request")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("child_id", "uuid", (c) => c.notNull())
    .addColumn("plan_id", "uuid")
    .addColumn("stage", "text", (c) => c.notNull().check(sql`stage in (${inList(STAGES)})`))
    .addColumn("received_on", "date", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open").check(sql`status in ('open','decided','withdrawn')`))
    .addColumn("facts", "jsonb", (c) => c.notNull())
    .addColumn("created_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("pb_request_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("pb_request_child_fkey", ["council_id", "child_id"], "child", ["council_id", "id"])
    .addForeignKeyConstraint("pb_request_plan_fkey", ["council_id", "plan_id"], "plan", ["council_id", "id"])
    .execute();
  await db.schema.createIndex("pb_request_received_idx").on("pb_request").columns(["council_id", "received_on"]).execute();

  await db.schema
    .createTable("request_line")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("request_id", "uuid", (c) => c.notNull())
    .addColumn("line_no", "integer", (c) => c.notNull())
    .addColumn("stream", "text", (c) => c.notNull().check(sql`stream in (${inList(STREAMS)})`))
    .addColumn("service", "text", (c) => c.notNull())
    .addColumn("arrangement", "text", (c) => c.notNull().check(sql`arrangement in (${inList(ARRANGEMENTS)})`))
    .addColumn("recipient", "text", (c) => c.check(sql`recipient in (${inList(RECIPIENTS)})`))
    .addColumn("on_school_premises", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("school_agreed", "boolean")
    .addColumn("need_identified_by_professional", "boolean")
    .addColumn("annual_cost_pence", "bigint", (c) => c.notNull().check(sql`annual_cost_pence >= 0`))
    .addColumn("commissioned_cost_pence", "bigint", (c) => c.check(sql`commissioned_cost_pence >= 0`))
    .addColumn("linked_outcomes", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("check_outcome", "text", (c) => c.notNull().check(sql`check_outcome in ('eligible','conditional','ineligible')`))
    .addColumn("check_reasons", "jsonb", (c) => c.notNull())
    .addColumn("policy_version_id", "uuid", (c) => c.notNull())
    .addColumn("checked_on", "date", (c) => c.notNull())
    .addPrimaryKeyConstraint("request_line_pkey", ["council_id", "id"])
    .addUniqueConstraint("request_line_no_key", ["council_id", "request_id", "line_no"])
    .addForeignKeyConstraint("request_line_request_fkey", ["council_id", "request_id"], "pb_request", ["council_id", "id"])
    .addForeignKeyConstraint("request_line_policy_fkey", ["council_id", "policy_version_id"], "policy_version", ["council_id", "id"])
    .execute();

  await db.schema
    .createTable("decision")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("request_line_id", "uuid", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull().check(sql`outcome in ('approved','approved_changed','refused')`))
    .addColumn("amount_pence", "bigint", (c) => c.check(sql`amount_pence >= 0`))
    .addColumn("arrangement", "text", (c) => c.check(sql`arrangement in (${inList(ARRANGEMENTS)})`))
    .addColumn("reasons", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("panel", "text", (c) => c.notNull())
    .addColumn("decided_on", "date", (c) => c.notNull())
    .addColumn("decided_by", "uuid")
    .addColumn("family_told_on", "date")
    .addColumn("letter_sent_on", "date")
    .addColumn("policy_version_id", "uuid", (c) => c.notNull())
    .addColumn("supersedes_decision_id", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("decision_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("decision_line_fkey", ["council_id", "request_line_id"], "request_line", ["council_id", "id"])
    .addForeignKeyConstraint("decision_policy_fkey", ["council_id", "policy_version_id"], "policy_version", ["council_id", "id"])
    // R13: a refusal gives reasons; the domain checks it first, the database makes sure.
    .addCheckConstraint("decision_refusal_reasons_check", sql`outcome <> 'refused' or jsonb_array_length(reasons) > 0`)
    .addCheckConstraint("decision_amount_check", sql`outcome = 'refused' or (amount_pence is not null and arrangement is not null)`)
    .execute();
  await db.schema.createIndex("decision_line_idx").on("decision").columns(["council_id", "request_line_id"]).execute();

  await db.schema
    .alterTable("budget")
    .addColumn("request_id", "uuid")
    .addColumn("supersedes_budget_id", "uuid")
    .addColumn("ceased_on", "date")
    .execute();
  await db.schema.createIndex("budget_child_idx").on("budget").columns(["council_id", "child_id"]).execute();

  await db.schema
    .alterTable("budget_line")
    .addColumn("decision_id", "uuid")
    .addColumn("linked_outcomes", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("on_school_premises", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("suspended", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex("budget_line_budget_idx").on("budget_line").columns(["council_id", "budget_id"]).execute();

  await db.schema
    .createTable("agreement")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("budget_id", "uuid", (c) => c.notNull())
    .addColumn("recipient", "text", (c) => c.notNull().check(sql`recipient in (${inList(RECIPIENTS)})`))
    .addColumn("recipient_name", "text", (c) => c.notNull())
    .addColumn("signed_by", "text", (c) => c.notNull())
    .addColumn("signed_on", "date", (c) => c.notNull())
    .addColumn("school_agreement_on", "date")
    .addColumn("monitoring_terms", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("agreement_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("agreement_budget_fkey", ["council_id", "budget_id"], "budget", ["council_id", "id"])
    .execute();
  await db.schema.createIndex("agreement_budget_idx").on("agreement").columns(["council_id", "budget_id"]).execute();

  await db.schema
    .alterTable("payment")
    .addColumn("payment_run_id", "uuid")
    .execute();
  await db.schema.createIndex("payment_due_idx").on("payment").columns(["council_id", "status", "due_on"]).execute();
  await sql`create unique index payment_line_due_key on payment (council_id, budget_line_id, due_on)`.execute(db);

  await db.schema
    .createTable("review")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("child_id", "uuid", (c) => c.notNull())
    .addColumn("budget_id", "uuid", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('first_dp_review','annual_review','early_review')`))
    .addColumn("due_on", "date", (c) => c.notNull())
    .addColumn("held_on", "date")
    .addColumn("outcome", "text", (c) => c.check(sql`outcome in ('continue','change','cease')`))
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("new_budget_id", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("review_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("review_budget_fkey", ["council_id", "budget_id"], "budget", ["council_id", "id"])
    .addCheckConstraint("review_outcome_held_check", sql`(outcome is null) = (held_on is null)`)
    .execute();
  await db.schema.createIndex("review_due_idx").on("review").columns(["council_id", "held_on", "due_on"]).execute();

  await db.schema
    .createTable("cessation")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("budget_id", "uuid", (c) => c.notNull())
    .addColumn("reason_code", "text", (c) => c.notNull().check(sql`reason_code in (${inList(CESSATION_REASONS)})`))
    .addColumn("reasons_text", "text", (c) => c.notNull())
    .addColumn("decided_on", "date", (c) => c.notNull())
    .addColumn("annual_review_meeting_on", "date")
    .addColumn("notice_due_on", "date")
    .addColumn("notice_sent_on", "date")
    .addColumn("last_payment_on", "date", (c) => c.notNull())
    .addColumn("created_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("cessation_pkey", ["council_id", "id"])
    .addUniqueConstraint("cessation_budget_key", ["council_id", "budget_id"])
    .addForeignKeyConstraint("cessation_budget_fkey", ["council_id", "budget_id"], "budget", ["council_id", "id"])
    .execute();

  await db.schema
    .createTable("disagreement")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("decision_id", "uuid", (c) => c.notNull())
    .addColumn("family_told_on", "date", (c) => c.notNull())
    .addColumn("request_deadline_on", "date", (c) => c.notNull())
    .addColumn("requested_on", "date", (c) => c.notNull())
    .addColumn("received_on", "date", (c) => c.notNull())
    .addColumn("decision_deadline_on", "date", (c) => c.notNull())
    .addColumn("grounds", "text", (c) => c.notNull())
    .addColumn("meeting_on", "date")
    .addColumn("outcome", "text", (c) => c.check(sql`outcome in ('upheld','changed','withdrawn')`))
    .addColumn("outcome_on", "date")
    .addColumn("outcome_notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("disagreement_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("disagreement_decision_fkey", ["council_id", "decision_id"], "decision", ["council_id", "id"])
    .addCheckConstraint("disagreement_outcome_dated_check", sql`(outcome is null) = (outcome_on is null)`)
    .execute();

  // Each audit row names the child it concerns, so a case page can show its whole history.
  await db.schema.alterTable("audit_log").addColumn("child_id", "uuid").execute();
  await db.schema.createIndex("audit_log_child_idx").on("audit_log").columns(["council_id", "child_id", "at"]).execute();

  const tables = ["plan_outcome", "pb_request", "request_line", "decision", "agreement", "review", "cessation", "disagreement"];
  for (const table of tables) {
    await sql`grant select, insert, update, delete on ${sql.table(table)} to pb_app`.execute(db);
    await enableCouncilIsolation(db, table);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["disagreement", "cessation", "review", "agreement", "decision", "request_line", "pb_request", "plan_outcome"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
