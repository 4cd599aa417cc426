import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation } from "./helpers";

// A council's policy as dated versions. A published version is frozen by a trigger, so no code
// path can alter the policy a past decision was judged by.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("policy_version")
    .addColumn("council_id", "uuid", (c) => c.notNull().references("council.id"))
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("version_number", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("preset_id", "text")
    .addColumn("based_on_version_id", "uuid")
    .addColumn("document", "jsonb", (c) => c.notNull())
    .addColumn("change_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("effective_from", "date")
    .addColumn("published_at", "timestamptz")
    .addColumn("published_by", "uuid")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("policy_version_pkey", ["council_id", "id"])
    .addUniqueConstraint("policy_version_number_key", ["council_id", "version_number"])
    .addCheckConstraint("policy_version_status_check", sql`status in ('draft','published')`)
    .addCheckConstraint(
      "policy_version_published_check",
      sql`(status = 'published') = (effective_from is not null and published_at is not null)`,
    )
    .execute();
  await sql`create unique index policy_version_one_draft on policy_version (council_id) where status = 'draft'`.execute(db);
  await db.schema
    .createIndex("policy_version_in_force_idx")
    .on("policy_version")
    .columns(["council_id", "status", "effective_from"])
    .execute();

  await sql`
    create function policy_version_frozen() returns trigger language plpgsql as $$
    begin
      if old.status = 'published' then
        raise exception 'published policy versions never change (version %)', old.version_number
          using errcode = 'check_violation';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger policy_version_frozen before update or delete on policy_version
    for each row execute function policy_version_frozen()`.execute(db);

  await sql`grant select, insert, update, delete on policy_version to pb_app`.execute(db);
  await enableCouncilIsolation(db, "policy_version");
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("policy_version").ifExists().execute();
  await sql`drop function if exists policy_version_frozen()`.execute(db);
}
