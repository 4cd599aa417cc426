import { sql, type Kysely } from "kysely";
import { COUNCIL_SEAL_LOCK, isolateByCouncil, listCouncilTables } from "./council-isolation";

// Issue 19 (ADR 0004): the console connects as a login role in pb_app that owns nothing and is
// subject to row-level security, so nothing it runs can reach another council's rows:
// - RLS is forced on every council table, so not even a table's owner escapes it unless it is a
//   superuser or BYPASSRLS (the owner role that migrates and seeds is one of those, by design);
// - the council a transaction acts for is sealed: `pb_enter_council` keys it with a secret pb_app
//   cannot read, once per transaction, and the policies trust only a sealed council, so a forged
//   `app.council_id` shows nothing;
// - users are seen only through their council memberships, and never their password hashes:
//   sign-in and "who am I" read through functions that return one user's row.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table pb_council_key (key text not null)`.execute(db);
  await sql`revoke all on pb_council_key from public`.execute(db);
  // Two random UUIDs: 244 bits from the server's strong random source, with no extension needed.
  await sql`insert into pb_council_key (key) values (gen_random_uuid()::text || gen_random_uuid()::text)`.execute(db);

  // The seal binds the council to this backend and this transaction (its start time cannot change
  // within it); sha256 over a secret prefix cannot be extended into another council's seal.
  await sql`
    create function pb_council_seal(council text) returns text
    language sql stable security definer set search_path = pg_catalog, public as $$
      select encode(sha256(convert_to(
        k.key || '|' || council || '|' || pg_backend_pid() || '|' || extract(epoch from transaction_timestamp())::text, 'UTF8')), 'hex')
      from pb_council_key k
    $$`.execute(db);
  await sql`revoke all on function pb_council_seal(text) from public`.execute(db);

  await sql`
    create function pb_enter_council(council uuid) returns void
    language plpgsql volatile security definer set search_path = pg_catalog, public as $$
    begin
      -- A transaction-level advisory lock cannot be released before the transaction ends: it marks
      -- that this transaction has chosen its council, so a second call (an injection's) is refused.
      if exists (select 1 from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()
                   and classid = ${sql.lit(COUNCIL_SEAL_LOCK)} and objid = pg_backend_pid() and objsubid = 2) then
        raise exception 'this transaction already acts for a council' using errcode = '42501';
      end if;
      perform pg_advisory_xact_lock(${sql.lit(COUNCIL_SEAL_LOCK)}, pg_backend_pid());
      perform set_config('app.council_id', council::text, true);
      perform set_config('app.council_seal', pb_council_seal(council::text), true);
    end $$`.execute(db);

  // The council the policies trust: the one entered, and only while its seal matches.
  await sql`
    create function pb_current_council() returns uuid
    language sql stable security definer set search_path = pg_catalog, public as $$
      select case when current_setting('app.council_seal', true) = pb_council_seal(current_setting('app.council_id', true))
             then nullif(current_setting('app.council_id', true), '')::uuid end
    $$`.execute(db);

  for (const fn of ["pb_enter_council(uuid)", "pb_current_council()"]) {
    await sql`revoke all on function ${sql.raw(fn)} from public`.execute(db);
    await sql`grant execute on function ${sql.raw(fn)} to pb_app`.execute(db);
  }

  for (const table of await listCouncilTables(db)) await isolateByCouncil(db, table);

  // Council names are read inside a council's transaction only (its letters and files).
  await sql`alter table council enable row level security`.execute(db);
  await sql`alter table council force row level security`.execute(db);
  await sql`create policy own_council on council for select to pb_app using (id = (select pb_current_council()))`.execute(db);

  // Users: the runtime sees its council's members, never a password hash.
  await sql`revoke select on app_user from pb_app`.execute(db);
  await sql`grant select (id, email, display_name, created_at) on app_user to pb_app`.execute(db);
  await sql`alter table app_user enable row level security`.execute(db);
  await sql`alter table app_user force row level security`.execute(db);
  await sql`create policy council_members on app_user for select to pb_app using (
    exists (select 1 from council_membership m where m.user_id = app_user.id and m.council_id = (select pb_current_council())))`.execute(db);

  await sql`
    create function pb_sign_in_lookup(lookup_email text)
    returns table (id uuid, email text, display_name text, password_hash text)
    language sql stable security definer set search_path = pg_catalog, public as $$
      select u.id, u.email, u.display_name, u.password_hash from app_user u where lower(u.email) = lower(lookup_email)
    $$`.execute(db);
  await sql`
    create function pb_user_profile(user_id uuid) returns table (email text, display_name text)
    language sql stable security definer set search_path = pg_catalog, public as $$
      select u.email, u.display_name from app_user u where u.id = user_id
    $$`.execute(db);
  await sql`
    create function pb_user_memberships(user_id uuid) returns table (council_id uuid, council_name text, role text)
    language sql stable security definer set search_path = pg_catalog, public as $$
      select m.council_id, c.name, m.role from council_membership m join council c on c.id = m.council_id
      where m.user_id = pb_user_memberships.user_id order by c.name
    $$`.execute(db);
  for (const fn of ["pb_sign_in_lookup(text)", "pb_user_profile(uuid)", "pb_user_memberships(uuid)"]) {
    await sql`revoke all on function ${sql.raw(fn)} from public`.execute(db);
    await sql`grant execute on function ${sql.raw(fn)} to pb_app`.execute(db);
  }

  // The console checks, without the right to migrate, that the schema is the latest.
  await sql`grant select on kysely_migration to pb_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`revoke select on kysely_migration from pb_app`.execute(db);
  for (const fn of ["pb_sign_in_lookup(text)", "pb_user_profile(uuid)", "pb_user_memberships(uuid)"]) {
    await sql`drop function ${sql.raw(fn)}`.execute(db);
  }
  await sql`drop policy own_council on council`.execute(db);
  await sql`alter table council no force row level security`.execute(db);
  await sql`alter table council disable row level security`.execute(db);
  await sql`drop policy council_members on app_user`.execute(db);
  await sql`alter table app_user disable row level security`.execute(db);
  await sql`alter table app_user no force row level security`.execute(db);
  await sql`grant select on app_user to pb_app`.execute(db);
  const tables = await sql<{ relname: string }>`
    select c.relname from pg_policy p join pg_class c on c.oid = p.polrelid where p.polname = 'council_isolation'`.execute(db);
  for (const { relname } of tables.rows) {
    await sql`alter table ${sql.table(relname)} no force row level security`.execute(db);
    await sql`alter policy council_isolation on ${sql.table(relname)}
      using (council_id = nullif(current_setting('app.council_id', true), '')::uuid)
      with check (council_id = nullif(current_setting('app.council_id', true), '')::uuid)`.execute(db);
  }
  await sql`drop function pb_current_council()`.execute(db);
  await sql`drop function pb_enter_council(uuid)`.execute(db);
  await sql`drop function pb_council_seal(text)`.execute(db);
  await sql`drop table pb_council_key`.execute(db);
}
