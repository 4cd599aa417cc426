import { sql, type Kysely } from "kysely";
import { isolateByCouncil } from "./council-isolation";
import { inList } from "./helpers";

// Issue 21: letters and emails reach families through GOV.UK Notify by a transactional outbox. A
// message is written as a row in the same transaction as the change it tells of (a decision, a
// notice), so it exists exactly when the change does; a worker sends due rows later, with Notify's
// `reference` = the row's id, so a send whose outcome was lost can be found again rather than repeated.
//
// The codes are listed here as they stand at this migration (a later kind is a later migration);
// the words and fields of each are in @pb/services `notify/message-kinds.ts`.
const KINDS = ["decision_letter", "cessation_notice", "disagreement_outcome", "review_reminder", "return_reminder", "recovery_decision", "user_invitation"];
const STATUSES = ["pending", "sending", "sent", "failed"];
// Notify's delivery statuses after which nothing changes: the status fetch stops asking.
const FINAL_NOTIFY_STATUSES = ["delivered", "permanent-failure", "temporary-failure", "technical-failure", "validation-failed", "cancelled", "returned-letter"];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("notification_outbox")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    // Notify's reference for the message: the key that finds a send whose outcome was lost.
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in (${inList(KINDS)})`))
    // Chosen when sent (the family's contact details then), so null until the first attempt.
    .addColumn("channel", "text", (c) => c.check(sql`channel in ('email','letter')`))
    .addColumn("child_id", "uuid")
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "uuid", (c) => c.notNull())
    // Staff messages only (an invitation): a family's address is read from family_contact when sent.
    .addColumn("recipient_email", "text")
    .addColumn("personalisation", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending").check(sql`status in (${inList(STATUSES)})`))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0).check(sql`attempts >= 0`))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("notify_id", "uuid")
    .addColumn("notify_status", "text")
    .addColumn("status_checked_at", "timestamptz")
    // Words for staff, written by the worker from Notify's error codes: never a recipient's details.
    .addColumn("last_error", "text")
    .addColumn("sent_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("notification_outbox_pkey", ["council_id", "id"])
    .addUniqueConstraint("notification_outbox_idempotency_key", ["council_id", "idempotency_key"])
    .addForeignKeyConstraint("notification_outbox_child_fkey", ["council_id", "child_id"], "child", ["council_id", "id"])
    .addCheckConstraint("notification_outbox_sent_has_id", sql`status <> 'sent' or notify_id is not null`)
    .execute();
  // The worker's question: what is due now, per council.
  await db.schema
    .createIndex("notification_outbox_due_idx")
    .on("notification_outbox")
    .columns(["council_id", "next_attempt_at"])
    .where(sql.ref("status"), "in", sql`('pending','sending')`)
    .execute();
  // The status fetch's question: what was sent and has no final delivery status yet.
  await db.schema
    .createIndex("notification_outbox_awaiting_status_idx")
    .on("notification_outbox")
    .columns(["council_id", "status_checked_at"])
    .where(sql<boolean>`status = 'sent' and (notify_status is null or notify_status not in (${inList(FINAL_NOTIFY_STATUSES)}))`)
    .execute();
  await db.schema.createIndex("notification_outbox_child_idx").on("notification_outbox").columns(["council_id", "child_id", "created_at"]).execute();

  // Each council's Notify templates: one email template per kind (letters go as precompiled PDFs).
  await db.schema
    .createTable("notify_template")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in (${inList(KINDS)})`))
    .addColumn("email_template_id", "uuid", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("notify_template_pkey", ["council_id", "kind"])
    .addForeignKeyConstraint("notify_template_council_fkey", ["council_id"], "council", ["id"])
    .execute();

  // How a family is reached: special category personal data, read only by the roles that need it.
  await db.schema
    .createTable("family_contact")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("child_id", "uuid", (c) => c.notNull())
    .addColumn("addressee", "text")
    .addColumn("email", "text")
    .addColumn("address_lines", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("postcode", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("family_contact_pkey", ["council_id", "child_id"])
    .addForeignKeyConstraint("family_contact_child_fkey", ["council_id", "child_id"], "child", ["council_id", "id"])
    // Notify takes at most 7 address lines, the postcode being the last.
    .addCheckConstraint("family_contact_address_lines", sql`cardinality(address_lines) <= 6`)
    .execute();

  // The runtime writes rows and moves them on; nothing is deleted (a message sent is history).
  for (const table of ["notification_outbox", "notify_template", "family_contact"]) {
    await sql`grant select, insert, update on ${sql.table(table)} to pb_app`.execute(db);
    await isolateByCouncil(db, table);
  }

  // The console's sender runs outside any council until it knows which have work: this says which
  // councils do, and nothing else about their rows.
  await sql`
    create function pb_councils_with_messages(p_now timestamptz) returns table (council_id uuid)
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select distinct o.council_id from public.notification_outbox o
      where (o.status in ('pending','sending') and o.next_attempt_at <= p_now)
         or (o.status = 'sent' and (o.notify_status is null or o.notify_status not in (${inList(FINAL_NOTIFY_STATUSES)})))
    $$`.execute(db);
  await sql`revoke all on function pb_councils_with_messages(timestamptz) from public`.execute(db);
  await sql`grant execute on function pb_councils_with_messages(timestamptz) to pb_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function pb_councils_with_messages(timestamptz)`.execute(db);
  await db.schema.dropTable("family_contact").execute();
  await db.schema.dropTable("notify_template").execute();
  await db.schema.dropTable("notification_outbox").execute();
}
