import { sql, type Kysely } from "kysely";

// Written against Kysely<any> so that it never depends on today's types.
// Every council table leads its primary key with council_id: the column a distributed
// PostgreSQL (Citus) would shard on, and the one row-level security checks.
export const COUNCIL_TABLES = ["council_membership", "child", "plan", "budget", "budget_line", "payment", "audit_log"];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("council")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("app_user")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index app_user_email_key on app_user (lower(email))`.execute(db);

  await db.schema
    .createTable("council_membership")
    .addColumn("council_id", "uuid", (c) => c.notNull().references("council.id"))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("council_membership_pkey", ["council_id", "user_id", "role"])
    .addCheckConstraint(
      "council_membership_role_check",
      sql`role in ('admin','manager','commissioner','case_officer','panel_member','finance_officer')`,
    )
    .execute();
  await db.schema.createIndex("council_membership_user_idx").on("council_membership").column("user_id").execute();

  await db.schema
    .createTable("child")
    .addColumn("council_id", "uuid", (c) => c.notNull().references("council.id"))
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("reference", "text", (c) => c.notNull())
    .addColumn("given_name", "text", (c) => c.notNull())
    .addColumn("family_name", "text", (c) => c.notNull())
    .addColumn("date_of_birth", "date", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("child_pkey", ["council_id", "id"])
    .addUniqueConstraint("child_reference_key", ["council_id", "reference"])
    .execute();

  await db.schema
    .createTable("plan")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("child_id", "uuid", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("issued_on", "date")
    .addColumn("last_annual_review_on", "date")
    .addColumn("next_annual_review_on", "date")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("plan_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("plan_child_fkey", ["council_id", "child_id"], "child", ["council_id", "id"])
    .addCheckConstraint(
      "plan_type_check",
      sql`type in ('ehcp','child_in_need','short_breaks','health_care_support','adult_care_support')`,
    )
    .addCheckConstraint("plan_status_check", sql`status in ('draft','final','annual_review','reassessment','ceased')`)
    .execute();

  await db.schema
    .createTable("budget")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("child_id", "uuid", (c) => c.notNull())
    .addColumn("plan_id", "uuid")
    .addColumn("budget_version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("starts_on", "date", (c) => c.notNull())
    .addColumn("ends_on", "date")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("budget_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("budget_child_fkey", ["council_id", "child_id"], "child", ["council_id", "id"])
    .addForeignKeyConstraint("budget_plan_fkey", ["council_id", "plan_id"], "plan", ["council_id", "id"])
    .addCheckConstraint("budget_status_check", sql`status in ('active','superseded','ceased')`)
    .execute();

  await db.schema
    .createTable("budget_line")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("budget_id", "uuid", (c) => c.notNull())
    .addColumn("stream", "text", (c) => c.notNull())
    .addColumn("service", "text", (c) => c.notNull())
    .addColumn("arrangement", "text", (c) => c.notNull())
    .addColumn("annual_amount_pence", "bigint", (c) => c.notNull())
    .addColumn("frequency", "text", (c) => c.notNull())
    .addColumn("starts_on", "date", (c) => c.notNull())
    .addColumn("ends_on", "date", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("budget_line_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("budget_line_budget_fkey", ["council_id", "budget_id"], "budget", ["council_id", "id"])
    .addCheckConstraint("budget_line_stream_check", sql`stream in ('education','health','social_care','transport')`)
    .addCheckConstraint(
      "budget_line_arrangement_check",
      sql`arrangement in ('direct_payment','organised','third_party')`,
    )
    .addCheckConstraint("budget_line_frequency_check", sql`frequency in ('four_weekly','monthly','quarterly','one_off')`)
    .addCheckConstraint("budget_line_amount_check", sql`annual_amount_pence >= 0`)
    .addCheckConstraint("budget_line_dates_check", sql`starts_on <= ends_on`)
    .execute();

  await db.schema
    .createTable("payment")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("budget_line_id", "uuid", (c) => c.notNull())
    .addColumn("stream", "text", (c) => c.notNull())
    .addColumn("arrangement", "text", (c) => c.notNull())
    .addColumn("due_on", "date", (c) => c.notNull())
    .addColumn("paid_on", "date")
    .addColumn("amount_pence", "bigint", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("payment_pkey", ["council_id", "id"])
    .addForeignKeyConstraint("payment_line_fkey", ["council_id", "budget_line_id"], "budget_line", ["council_id", "id"])
    .addCheckConstraint("payment_status_check", sql`status in ('scheduled','paid','failed','cancelled')`)
    .addCheckConstraint("payment_paid_check", sql`(status = 'paid') = (paid_on is not null)`)
    .execute();
  await db.schema.createIndex("payment_paid_idx").on("payment").columns(["council_id", "paid_on"]).execute();
  await db.schema.createIndex("payment_line_idx").on("payment").columns(["council_id", "budget_line_id"]).execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("council_id", "uuid", (c) => c.notNull())
    .addColumn("id", "bigint", (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn("actor_user_id", "uuid")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text")
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("audit_log_pkey", ["council_id", "id"])
    .execute();
  await db.schema.createIndex("audit_log_entity_idx").on("audit_log").columns(["council_id", "entity", "entity_id"]).execute();

  // The application's role: it sees one council at a time and may only append to the audit log.
  await sql`
    do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'pb_app') then create role pb_app nologin; end if;
      if not (select rolsuper from pg_roles where rolname = current_user) then
        execute format('grant pb_app to %I', current_user);
      end if;
    end $$`.execute(db);
  await sql`grant usage on schema public to pb_app`.execute(db);
  await sql`grant select on council, app_user to pb_app`.execute(db);
  await sql`grant select, insert, update, delete on council_membership, child, plan, budget, budget_line, payment to pb_app`.execute(db);
  await sql`grant select, insert on audit_log to pb_app`.execute(db);
  for (const table of COUNCIL_TABLES) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`create policy council_isolation on ${sql.table(table)}
      using (council_id = nullif(current_setting('app.council_id', true), '')::uuid)
      with check (council_id = nullif(current_setting('app.council_id', true), '')::uuid)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["audit_log", "payment", "budget_line", "budget", "plan", "child", "council_membership", "app_user", "council"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
