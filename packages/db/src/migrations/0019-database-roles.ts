import { sql, type Kysely } from "kysely";
import { isolateByCouncil, listCouncilTables } from "./council-isolation";

// Issue 19 (ADR 0004): the console connects as a login role in pb_app that owns nothing and is
// subject to row-level security, so nothing it runs can reach another council's rows:
// - RLS is forced on every council table, so not even a table's owner escapes it unless it is a
//   superuser or BYPASSRLS (the owner role that migrates and seeds is one of those, by design);
// - the council a transaction acts for is entered once, through `pb_enter_council`, into a table
//   pb_app cannot write, and the policies read it from there (`pb_current_council`): no setting the
//   runtime could forge, such as `app.council_id`, moves a transaction to another council;
// - users are seen only through their council memberships, and never their password hashes:
//   sign-in and "who am I" read through functions that return one user's row.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per server process: the council its current transaction entered, and that transaction's id
  // (64-bit, never reused, so a row left by an earlier transaction is never taken for this one's; a start
  // time is not enough: on PGlite two transactions can start within one tick of its clock).
  // Unlogged: it matters only while its process lives, and writing it costs no WAL flush at commit.
  // Its column is not named council_id: it is the application's bookkeeping, not a council's rows.
  await sql`create unlogged table pb_council_entry (pid integer primary key, xact xid8 not null, council uuid not null)`.execute(db);
  await sql`revoke all on pb_council_entry from public`.execute(db);

  await sql`
    create function pb_enter_council(entered uuid) returns void
    language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      insert into public.pb_council_entry as e (pid, xact, council) values (pg_backend_pid(), pg_current_xact_id(), entered)
      on conflict (pid) do update set xact = excluded.xact, council = excluded.council
        where e.xact <> excluded.xact;
      if not found then
        raise exception 'this transaction already acts for a council' using errcode = '42501';
      end if;
    end $$`.execute(db);

  // Each process may read its own row, nothing more (not forced: pb_enter_council, as the owner, writes any), so the council the policies trust can be an
  // inlined SQL function: one index lookup a statement, not a function call of its own.
  await sql`grant select on pb_council_entry to pb_app`.execute(db);
  await sql`alter table pb_council_entry enable row level security`.execute(db);
  await sql`create policy own_process on pb_council_entry for select to pb_app using (pid = pg_backend_pid())`.execute(db);
  // A body in standard SQL is bound when the function is made, so no search path at call time (no
  // temporary table or function of the same name, which any role may create) can stand in for it;
  // it is still inlined into each policy: one index lookup a statement, not a call of its own.
  await sql`
    create function pb_current_council() returns uuid language sql stable
    return (select e.council from public.pb_council_entry e where e.pid = pg_backend_pid() and e.xact = pg_current_xact_id_if_assigned())`.execute(db);

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

  // lookup_email comes normalised (normaliseEmail), as the sign-in throttle keys it: compared as it is.
  await sql`
    create function pb_sign_in_lookup(lookup_email text)
    returns table (id uuid, email text, display_name text, password_hash text)
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select u.id, u.email, u.display_name, u.password_hash from public.app_user u where lower(u.email) = lookup_email
    $$`.execute(db);
  await sql`
    create function pb_user_profile(user_id uuid) returns table (email text, display_name text)
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select u.email, u.display_name from public.app_user u where u.id = user_id
    $$`.execute(db);
  await sql`
    create function pb_user_memberships(user_id uuid) returns table (council_id uuid, council_name text, role text)
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select m.council_id, c.name, m.role from public.council_membership m join public.council c on c.id = m.council_id
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
  await sql`drop table pb_council_entry`.execute(db);
}
