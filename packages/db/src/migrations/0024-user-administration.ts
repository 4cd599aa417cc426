import { sql, type Kysely } from "kysely";
import { RUNTIME_DELETABLE_TABLES as DELETABLE_BEFORE } from "./0023-runtime-grants";
import { isolateByCouncil } from "./council-isolation";

// Issue 21: a council's admins manage its users.
//
// - Memberships: pb_app may insert and delete council_membership rows, and row-level security (the
//   council_isolation policy every council table has) limits both to the council the transaction
//   entered. So a request can change roles in its own council only; who may ask is the procedure's
//   role check (ACCESS.userAdmin), as for every other write.
// - Accounts (app_user) have no council: the runtime role still cannot write them. Creating one,
//   recording a sign-in and accepting an invitation go through the functions below, each touching one
//   user; reactivating an account is allowed only for a member of the entered council.
// - member_deactivation: a user an admin deactivated in this council, with the roles they had (so that
//   reactivating gives them back). Their roles here are removed, so they reach nothing here at once;
//   the account itself is deactivated only when no other council has them (see docs/ARCHITECTURE.md).
// - user_invitation: a one-time link to set a password, kept as the SHA-256 of its token, 7 days, single use.
// - app_user.password_hash may be null: an invited user has no password until they set one, and sign-in
//   compares a missing hash as an unknown email's (against the dummy hash), so it never matches.
export const RUNTIME_DELETABLE_TABLES = [...DELETABLE_BEFORE, "council_membership", "member_deactivation"] as const;

const FUNCTIONS = [
  "pb_create_or_find_user(text, text)",
  "pb_record_sign_in(uuid)",
  "pb_record_sign_in_failure(text)",
  "pb_reactivate_member(uuid)",
  "pb_invitation_by_token(text)",
  "pb_accept_invitation(text, text)",
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("app_user")
    .addColumn("last_signed_in_at", "timestamptz")
    .addColumn("failed_sign_ins", "integer", (c) => c.notNull().defaultTo(0).check(sql`failed_sign_ins >= 0`))
    .addColumn("last_failed_sign_in_at", "timestamptz")
    .execute();
  await sql`alter table app_user alter column password_hash drop not null`.execute(db);
  await sql`grant select (deactivated_at, last_signed_in_at, failed_sign_ins, last_failed_sign_in_at) on app_user to pb_app`.execute(db);

  await db.schema
    .createTable("member_deactivation")
    .addColumn("council_id", "uuid", (c) => c.notNull().references("council.id"))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id"))
    .addColumn("roles", sql`text[]`, (c) => c.notNull())
    .addColumn("deactivated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("deactivated_by", "uuid")
    .addPrimaryKeyConstraint("member_deactivation_pkey", ["council_id", "user_id"])
    .execute();
  await sql`grant select, insert, delete on member_deactivation to pb_app`.execute(db);
  await isolateByCouncil(db, "member_deactivation");

  await db.schema
    .createTable("user_invitation")
    .addColumn("council_id", "uuid", (c) => c.notNull().references("council.id"))
    .addColumn("id", "uuid", (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id"))
    .addColumn("token_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("created_by", "uuid")
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("accepted_at", "timestamptz")
    .addColumn("withdrawn_at", "timestamptz")
    .addPrimaryKeyConstraint("user_invitation_pkey", ["council_id", "id"])
    .execute();
  await db.schema.createIndex("user_invitation_token_idx").on("user_invitation").column("token_hash").execute();
  await db.schema.createIndex("user_invitation_user_idx").on("user_invitation").columns(["council_id", "user_id", "created_at"]).execute();
  await sql`grant select, insert, update (withdrawn_at) on user_invitation to pb_app`.execute(db);
  await isolateByCouncil(db, "user_invitation");

  await sql`grant insert, delete on council_membership to pb_app`.execute(db);

  // A deactivated member keeps their name on their council's list (to be reactivated).
  await sql`drop policy council_members on app_user`.execute(db);
  await sql`create policy council_members on app_user for select to pb_app using (
    exists (select 1 from council_membership m where m.user_id = app_user.id and m.council_id = (select pb_current_council()))
    or exists (select 1 from member_deactivation d where d.user_id = app_user.id and d.council_id = (select pb_current_council())))`.execute(db);

  // p_email comes normalised (normaliseEmail); an existing account keeps its name.
  await sql`
    create function pb_create_or_find_user(p_email text, p_display_name text) returns table (id uuid, created boolean)
    language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    declare made uuid;
    begin
      insert into public.app_user (email, display_name, password_hash) values (p_email, p_display_name, null)
      on conflict ((lower(email))) do nothing returning app_user.id into made;
      if made is not null then
        return query select made, true;
      else
        return query select u.id, false from public.app_user u where lower(u.email) = lower(p_email);
      end if;
    end $$`.execute(db);
  await sql`
    create function pb_record_sign_in(p_user uuid) returns void
    language sql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
      update public.app_user set last_signed_in_at = now(), failed_sign_ins = 0 where id = p_user
    $$`.execute(db);
  await sql`
    create function pb_record_sign_in_failure(p_email text) returns void
    language sql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
      update public.app_user set failed_sign_ins = failed_sign_ins + 1, last_failed_sign_in_at = now() where lower(email) = p_email
    $$`.execute(db);
  await sql`
    create function pb_reactivate_member(p_user uuid) returns boolean
    language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      update public.app_user u set deactivated_at = null
      where u.id = p_user and exists (
        select 1 from public.council_membership m where m.user_id = p_user and m.council_id = public.pb_current_council());
      return found;
    end $$`.execute(db);
  await sql`
    create function pb_invitation_by_token(p_token_hash text)
    returns table (council_name text, email text, expires_at timestamptz, accepted_at timestamptz, withdrawn_at timestamptz)
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select c.name, u.email, i.expires_at, i.accepted_at, i.withdrawn_at
      from public.user_invitation i join public.council c on c.id = i.council_id join public.app_user u on u.id = i.user_id
      where i.token_hash = p_token_hash
    $$`.execute(db);
  // Single use: the row is locked and marked accepted in one statement; the password is set, earlier
  // sessions end, and the acceptance is audited in the inviting council, all in the caller's transaction.
  await sql`
    create function pb_accept_invitation(p_token_hash text, p_password_hash text) returns uuid
    language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    declare inv record;
    begin
      update public.user_invitation i set accepted_at = now()
      where i.token_hash = p_token_hash and i.accepted_at is null and i.withdrawn_at is null and i.expires_at > now()
      returning i.council_id, i.id, i.user_id into inv;
      if not found then return null; end if;
      update public.app_user u set password_hash = p_password_hash, session_version = u.session_version + 1
      where u.id = inv.user_id and u.deactivated_at is null;
      if not found then raise exception 'the invited account is deactivated' using errcode = '42501'; end if;
      insert into public.audit_log (council_id, actor_user_id, action, entity, entity_id, after)
      values (inv.council_id, inv.user_id, 'user.invitation_accepted', 'user_invitation', inv.id::text, null);
      return inv.user_id;
    end $$`.execute(db);
  for (const fn of FUNCTIONS) {
    await sql`revoke all on function ${sql.raw(fn)} from public`.execute(db);
    await sql`grant execute on function ${sql.raw(fn)} to pb_app`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const fn of FUNCTIONS) await sql`drop function ${sql.raw(fn)}`.execute(db);
  await sql`revoke insert, delete on council_membership from pb_app`.execute(db);
  await sql`drop policy council_members on app_user`.execute(db);
  await sql`create policy council_members on app_user for select to pb_app using (
    exists (select 1 from council_membership m where m.user_id = app_user.id and m.council_id = (select pb_current_council())))`.execute(db);
  await db.schema.dropTable("user_invitation").execute();
  await db.schema.dropTable("member_deactivation").execute();
  await sql`revoke select (deactivated_at, last_signed_in_at, failed_sign_ins, last_failed_sign_in_at) on app_user from pb_app`.execute(db);
  await db.schema.alterTable("app_user").dropColumn("last_signed_in_at").dropColumn("failed_sign_ins").dropColumn("last_failed_sign_in_at").execute();
}
