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

  // The runtime role sees users only through their councils and cannot write them (migration 0019):
  // a request's session check, signing out and a lockout's audit rows, all made before any council is
  // entered, go through functions that touch one user, and write audit rows only in that user's
  // councils and only for these events.
  await sql`
    create function pb_session_version(p_user uuid) returns integer
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select u.session_version from public.app_user u where u.id = p_user and u.deactivated_at is null
    $$`.execute(db);
  await sql`
    create function pb_end_sessions(p_user uuid, p_deactivate boolean) returns boolean
    language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      update public.app_user u set session_version = u.session_version + 1,
        deactivated_at = case when p_deactivate then coalesce(u.deactivated_at, now()) else u.deactivated_at end
      where u.id = p_user;
      return found;
    end $$`.execute(db);
  await sql`
    create function pb_audit_user_event(p_user uuid, p_actor uuid, p_action text, p_entity text, p_entity_id text, p_after jsonb) returns void
    language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      if p_action not in ('sign_in.account_locked', 'sign_in.address_locked', 'session.revoked', 'user.deactivated') then
        raise exception 'not an event about a user: %', p_action using errcode = '42501';
      end if;
      insert into public.audit_log (council_id, actor_user_id, action, entity, entity_id, after)
      select m.council_id, p_actor, p_action, p_entity, p_entity_id, p_after
      from public.council_membership m where m.user_id = p_user group by m.council_id order by m.council_id;
    end $$`.execute(db);
  for (const fn of ["pb_session_version(uuid)", "pb_end_sessions(uuid, boolean)", "pb_audit_user_event(uuid, uuid, text, text, text, jsonb)"]) {
    await sql`revoke all on function ${sql.raw(fn)} from public`.execute(db);
    await sql`grant execute on function ${sql.raw(fn)} to pb_app`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const fn of ["pb_session_version(uuid)", "pb_end_sessions(uuid, boolean)", "pb_audit_user_event(uuid, uuid, text, text, text, jsonb)"]) {
    await sql`drop function ${sql.raw(fn)}`.execute(db);
  }
  await db.schema.alterTable("app_user").dropColumn("session_version").dropColumn("deactivated_at").execute();
  await db.schema.dropTable("sign_in_throttle").execute();
}
