import { sql, type Kysely } from "kysely";

// Issue 19: throttled sign-in and revocable sessions.
//
// sign_in_throttle has no council_id, unlike every council table: an attempt is counted before anyone
// knows who is signing in, a user may belong to several councils, and an email that matches no user
// (which must be throttled exactly as one that does, so a lock tells nothing) has no council at all.
// Rows are keyed by scope: 'account' rows by the SHA-256 of the trimmed, lower-cased email (never the
// email itself), 'address' rows by the client address. What a council needs to see, its lockouts,
// goes to its own audit_log rows; its admins read its locked accounts by their members' keys.
//
// app_user.session_version is carried in each session token and compared on every request: signing
// out or deactivation adds one, so every earlier token stops working at once.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("sign_in_throttle")
    .addColumn("scope", "text", (c) => c.notNull().check(sql`scope in ('account','address')`))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("failures", "integer", (c) => c.notNull().check(sql`failures >= 0`))
    .addColumn("first_failure_at", "timestamptz", (c) => c.notNull())
    .addColumn("last_failure_at", "timestamptz", (c) => c.notNull())
    .addColumn("locked_until", "timestamptz")
    .addPrimaryKeyConstraint("sign_in_throttle_pkey", ["scope", "key"])
    .execute();
  await db.schema.createIndex("sign_in_throttle_locked_idx").on("sign_in_throttle").columns(["scope", "locked_until"]).where(sql.ref("locked_until"), "is not", null).execute();

  await db.schema
    .alterTable("app_user")
    .addColumn("session_version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("deactivated_at", "timestamptz")
    .execute();

  await sql`grant select, insert, update, delete on sign_in_throttle to pb_app`.execute(db);
  await sql`grant update (session_version, deactivated_at) on app_user to pb_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("app_user").dropColumn("session_version").dropColumn("deactivated_at").execute();
  await db.schema.dropTable("sign_in_throttle").execute();
}
