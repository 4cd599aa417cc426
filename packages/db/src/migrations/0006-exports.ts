import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation } from "./helpers";

// Exports: each council's small-number threshold, and the secret its pseudonyms are keyed with.
// The secret sits in its own table so that no settings query can return it by accident.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("council_export_setting")
    .addColumn("council_id", "uuid", (c) => c.notNull().primaryKey().references("council.id"))
    .addColumn("small_count_threshold", "integer", (c) => c.notNull().defaultTo(5).check(sql`small_count_threshold between 2 and 100`))
    .addColumn("updated_by", "uuid")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable("council_secret")
    .addColumn("council_id", "uuid", (c) => c.notNull().references("council.id"))
    .addColumn("purpose", "text", (c) => c.notNull().check(sql`purpose in ('pseudonym')`))
    .addColumn("secret_hex", "text", (c) => c.notNull().check(sql`secret_hex ~ '^[0-9a-f]{64}$'`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("council_secret_pkey", ["council_id", "purpose"])
    .execute();

  await sql`grant select, insert, update on council_export_setting to pb_app`.execute(db);
  // Written once and never changed: a new secret would break every pseudonym already handed on.
  await sql`grant select, insert on council_secret to pb_app`.execute(db);
  await enableCouncilIsolation(db, "council_export_setting");
  await enableCouncilIsolation(db, "council_secret");
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("council_secret").ifExists().execute();
  await db.schema.dropTable("council_export_setting").ifExists().execute();
}
