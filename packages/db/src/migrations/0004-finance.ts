import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation } from "./helpers";

// Money in and out: payment runs and their files, direct payment accounts as append-only ledgers,
// returns with evidence, and recovery decisions. Unique indexes, not code alone, make sure that an
// instalment is paid at most once and that nothing is recovered without a recorded decision.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("payment_file_layout")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("definition", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("payment_file_layout_pkey", ["council_id", "id"])
    .addUniqueConstraint("payment_file_layout_name_key", ["council_id", "name"])
    .execute();

  await db.schema
    .createTable("payment_run")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("run_number", "integer", (c) => c.notNull())
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("from_on", "date", (c) => c.notNull())
    .addColumn("to_on", "date", (c) => c.notNull())
    .addColumn("pay_on", "date", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft").check(sql`status in ('draft','approved')`))
    .addColumn("created_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("approved_by", "uuid")
    .addColumn("approved_at", "timestamptz")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("payment_run_pkey", ["council_id", "id"])
    .addUniqueConstraint("payment_run_number_key", ["council_id", "run_number"])
    .addUniqueConstraint("payment_run_idempotency_key", ["council_id", "idempotency_key"])
    .addCheckConstraint("payment_run_range_check", sql`from_on <= to_on`)
    .execute();

  await db.schema
    .createTable("dp_account")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("child_id", "uuid", (c) => c.notNull())
    .addColumn("payment_method", "text", (c) => c.notNull().defaultTo("bank_transfer").check(sql`payment_method in ('bank_transfer','prepaid_card')`))
    .addColumn("payee_reference", "text")
    .addColumn("card_reference", "text")
    // AES-256-GCM (iv ‖ tag ‖ ciphertext) of the account name, sort code and number; never clear text.
    .addColumn("bank_details_sealed", "bytea")
    .addColumn("bank_details_last4", "text", (c) => c.check(sql`bank_details_last4 ~ '^[0-9]{4}$'`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("dp_account_pkey", ["council_id", "id"])
    .addUniqueConstraint("dp_account_child_key", ["council_id", "child_id"])
    .addForeignKeyConstraint("dp_account_child_fkey", ["council_id", "child_id"], "child", ["council_id", "id"])
    .addCheckConstraint("dp_account_sealed_check", sql`(bank_details_sealed is null) = (bank_details_last4 is null)`)
    .execute();

  await db.schema
    .createTable("payment_run_item")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("run_id", "uuid", (c) => c.notNull())
    .addColumn("payment_id", "uuid", (c) => c.notNull())
    .addColumn("reference", "text", (c) => c.notNull())
    .addColumn("account_id", "uuid")
    .addColumn("gross_pence", "bigint", (c) => c.notNull().check(sql`gross_pence >= 0`))
    .addColumn("deduction_pence", "bigint", (c) => c.notNull().defaultTo(0).check(sql`deduction_pence >= 0`))
    .addColumn("net_pence", "bigint", (c) => c.notNull())
    .addColumn("recovery_decision_id", "uuid")
    .addColumn("outcome", "text", (c) => c.notNull().defaultTo("pending").check(sql`outcome in ('pending','paid','failed')`))
    .addColumn("outcome_on", "date")
    .addColumn("failure_reason", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("payment_run_item_pkey", ["council_id", "id"])
    .addUniqueConstraint("payment_run_item_reference_key", ["council_id", "reference"])
    .addForeignKeyConstraint("payment_run_item_run_fkey", ["council_id", "run_id"], "payment_run", ["council_id", "id"])
    .addForeignKeyConstraint("payment_run_item_payment_fkey", ["council_id", "payment_id"], "payment", ["council_id", "id"])
    .addForeignKeyConstraint("payment_run_item_account_fkey", ["council_id", "account_id"], "dp_account", ["council_id", "id"])
    .addCheckConstraint("payment_run_item_net_check", sql`net_pence = gross_pence - deduction_pence and net_pence >= 0`)
    .addCheckConstraint("payment_run_item_deduction_check", sql`(deduction_pence = 0) = (recovery_decision_id is null)`)
    .addCheckConstraint("payment_run_item_outcome_dated_check", sql`(outcome = 'pending') = (outcome_on is null)`)
    .execute();
  // The heart of "never paid twice": an instalment is in at most one run that has not failed.
  await sql`create unique index payment_run_item_live_key on payment_run_item (council_id, payment_id) where outcome <> 'failed'`.execute(db);
  await db.schema.createIndex("payment_run_item_run_idx").on("payment_run_item").columns(["council_id", "run_id"]).execute();
  await db.schema.createIndex("payment_run_item_recovery_idx").on("payment_run_item").columns(["council_id", "recovery_decision_id"]).execute();
  // A settled item (paid or failed) is history: a correction is a reversing ledger entry, never an edit.
  await sql`
    create function payment_run_item_settled() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' or old.outcome <> 'pending' then
        raise exception 'a settled payment is never edited; record a reversing entry instead (%)', old.reference
          using errcode = 'check_violation';
      end if;
      if new.gross_pence <> old.gross_pence or new.deduction_pence <> old.deduction_pence or new.payment_id <> old.payment_id
         or new.run_id <> old.run_id or new.reference <> old.reference then
        raise exception 'only the outcome of a payment in a run can be recorded (%)', old.reference using errcode = 'check_violation';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger payment_run_item_settled before update or delete on payment_run_item
    for each row execute function payment_run_item_settled()`.execute(db);
  // The same for the instalment itself: a paid payment row is never changed or removed.
  await sql`
    create function payment_paid_frozen() returns trigger language plpgsql as $$
    begin
      if old.status = 'paid' then
        raise exception 'a paid payment is never edited; record a reversing entry instead' using errcode = 'check_violation';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger payment_paid_frozen before update or delete on payment
    for each row execute function payment_paid_frozen()`.execute(db);

  await db.schema
    .createTable("dp_return")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("account_id", "uuid", (c) => c.notNull())
    .addColumn("period_start", "date", (c) => c.notNull())
    .addColumn("period_end", "date", (c) => c.notNull())
    .addColumn("due_on", "date", (c) => c.notNull())
    .addColumn("received_on", "date", (c) => c.notNull())
    .addColumn("closing_balance_reported_pence", "bigint")
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("dp_return_pkey", ["council_id", "id"])
    .addUniqueConstraint("dp_return_period_key", ["council_id", "account_id", "period_start"])
    .addForeignKeyConstraint("dp_return_account_fkey", ["council_id", "account_id"], "dp_account", ["council_id", "id"])
    .addCheckConstraint("dp_return_period_check", sql`period_start <= period_end`)
    .execute();

  await db.schema
    .createTable("return_reminder")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("account_id", "uuid", (c) => c.notNull())
    .addColumn("period_start", "date", (c) => c.notNull())
    .addColumn("sent_on", "date", (c) => c.notNull())
    .addColumn("created_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("return_reminder_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("return_reminder_account_fkey", ["council_id", "account_id"], "dp_account", ["council_id", "id"])
    .execute();
  await db.schema.createIndex("return_reminder_period_idx").on("return_reminder").columns(["council_id", "account_id", "period_start"]).execute();

  await db.schema
    .createTable("evidence_file")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("return_id", "uuid", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull().check(sql`media_type in ('application/pdf','image/png','image/jpeg','text/csv')`))
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("content", "bytea", (c) => c.notNull())
    .addColumn("uploaded_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("evidence_file_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("evidence_file_return_fkey", ["council_id", "return_id"], "dp_return", ["council_id", "id"])
    .addCheckConstraint("evidence_file_size_check", sql`size_bytes = octet_length(content) and size_bytes between 1 and 5242880`)
    .execute();
  await db.schema.createIndex("evidence_file_return_idx").on("evidence_file").columns(["council_id", "return_id"]).execute();

  await db.schema
    .createTable("recovery_decision")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("account_id", "uuid", (c) => c.notNull())
    .addColumn("budget_line_id", "uuid", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('underspend','year_end')`))
    .addColumn("financial_year", "text")
    .addColumn("decided_on", "date", (c) => c.notNull())
    .addColumn("balance_pence", "bigint", (c) => c.notNull())
    .addColumn("threshold_pence", "bigint", (c) => c.notNull())
    .addColumn("contingency_pence", "bigint", (c) => c.notNull().check(sql`contingency_pence >= 0`))
    .addColumn("planned_pence", "bigint", (c) => c.notNull().check(sql`planned_pence >= 0`))
    .addColumn("recover_pence", "bigint", (c) => c.notNull().check(sql`recover_pence >= 0`))
    .addColumn("method", "text", (c) => c.notNull().check(sql`method in ('offset','invoice','none')`))
    .addColumn("reasons", "text", (c) => c.notNull().check(sql`length(btrim(reasons)) >= 20`))
    .addColumn("letter_sent_on", "date")
    .addColumn("decided_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("recovery_decision_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("recovery_decision_account_fkey", ["council_id", "account_id"], "dp_account", ["council_id", "id"])
    .addForeignKeyConstraint("recovery_decision_line_fkey", ["council_id", "budget_line_id"], "budget_line", ["council_id", "id"])
    .addCheckConstraint("recovery_decision_amount_check", sql`recover_pence <= greatest(0, balance_pence - contingency_pence - planned_pence)`)
    .addCheckConstraint("recovery_decision_method_fits_check", sql`(recover_pence = 0) = (method = 'none')`)
    .addCheckConstraint("recovery_decision_year_check", sql`(kind = 'year_end') = (financial_year is not null)`)
    .execute();
  await sql`create unique index recovery_decision_year_end_key on recovery_decision (council_id, account_id, financial_year) where kind = 'year_end'`.execute(db);
  await sql`alter table payment_run_item add constraint payment_run_item_recovery_fkey foreign key (council_id, recovery_decision_id) references recovery_decision (council_id, id)`.execute(db);

  await db.schema
    .createTable("account_entry")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("account_id", "uuid", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('payment_in','spending','recovery','reversal')`))
    .addColumn("amount_pence", "bigint", (c) => c.notNull().check(sql`amount_pence > 0`))
    .addColumn("stream", "text", (c) => c.notNull().check(sql`stream in ('education','health','social_care','transport')`))
    .addColumn("budget_line_id", "uuid")
    .addColumn("occurred_on", "date", (c) => c.notNull())
    .addColumn("payment_id", "uuid")
    .addColumn("run_item_id", "uuid")
    .addColumn("return_id", "uuid")
    .addColumn("recovery_decision_id", "uuid")
    .addColumn("reverses_entry_id", "uuid")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("account_entry_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("account_entry_account_fkey", ["council_id", "account_id"], "dp_account", ["council_id", "id"])
    .addForeignKeyConstraint("account_entry_payment_fkey", ["council_id", "payment_id"], "payment", ["council_id", "id"])
    .addForeignKeyConstraint("account_entry_item_fkey", ["council_id", "run_item_id"], "payment_run_item", ["council_id", "id"])
    .addForeignKeyConstraint("account_entry_return_fkey", ["council_id", "return_id"], "dp_return", ["council_id", "id"])
    .addForeignKeyConstraint("account_entry_recovery_fkey", ["council_id", "recovery_decision_id"], "recovery_decision", ["council_id", "id"])
    .addForeignKeyConstraint("account_entry_reverses_fkey", ["council_id", "reverses_entry_id"], "account_entry", ["council_id", "id"])
    .addCheckConstraint("account_entry_payment_check", sql`kind <> 'payment_in' or payment_id is not null`)
    .addCheckConstraint("account_entry_recovery_check", sql`kind <> 'recovery' or recovery_decision_id is not null`)
    .addCheckConstraint("account_entry_reversal_check", sql`(kind = 'reversal') = (reverses_entry_id is not null)`)
    .execute();
  // One payment in per instalment, one reversal per entry, one recovery per deducted payment.
  await sql`create unique index account_entry_payment_in_key on account_entry (council_id, payment_id) where kind = 'payment_in'`.execute(db);
  await sql`create unique index account_entry_reversal_key on account_entry (council_id, reverses_entry_id) where kind = 'reversal'`.execute(db);
  await sql`create unique index account_entry_offset_key on account_entry (council_id, run_item_id) where kind = 'recovery'`.execute(db);
  await db.schema.createIndex("account_entry_account_idx").on("account_entry").columns(["council_id", "account_id", "occurred_on"]).execute();

  await db.schema
    .createTable("return_line")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("return_id", "uuid", (c) => c.notNull())
    .addColumn("budget_line_id", "uuid", (c) => c.notNull())
    .addColumn("spent_pence", "bigint", (c) => c.notNull().check(sql`spent_pence >= 0`))
    .addPrimaryKeyConstraint("return_line_pkey", ["council_id", "id"])
    .addUniqueConstraint("return_line_key", ["council_id", "return_id", "budget_line_id"])
    .addForeignKeyConstraint("return_line_return_fkey", ["council_id", "return_id"], "dp_return", ["council_id", "id"])
    .addForeignKeyConstraint("return_line_line_fkey", ["council_id", "budget_line_id"], "budget_line", ["council_id", "id"])
    .execute();

  const writable = ["payment_file_layout", "payment_run", "dp_account", "payment_run_item", "recovery_decision"];
  for (const table of writable) await sql`grant select, insert, update on ${sql.table(table)} to pb_app`.execute(db);
  // History tables: the application may only add to them, never change or remove a row.
  for (const table of ["account_entry", "dp_return", "return_line", "return_reminder", "evidence_file"]) await sql`grant select, insert on ${sql.table(table)} to pb_app`.execute(db);
  for (const table of [...writable, "account_entry", "dp_return", "return_line", "return_reminder", "evidence_file"]) await enableCouncilIsolation(db, table);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists payment_paid_frozen on payment`.execute(db);
  for (const table of ["return_line", "account_entry", "payment_run_item", "recovery_decision", "evidence_file", "return_reminder", "dp_return", "dp_account", "payment_run", "payment_file_layout"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await sql`drop function if exists payment_run_item_settled()`.execute(db);
  await sql`drop function if exists payment_paid_frozen()`.execute(db);
}
