import { sql, type Kysely } from "kysely";
import { isolateByCouncil } from "./council-isolation";

// Issue 21 (ADR 0007): staff sign in through their council's OpenID Connect provider, groups as roles.
//
// - council_identity_provider: one provider a council (issuer, client id, the client secret sealed with
//   PB_SIGN_IN_SECRETS_KEY, the claim that carries groups). Read before any council is entered, to list
//   the sign-in buttons and build next-auth's providers, only through pb_identity_providers().
// - council_group_role: which of the provider's groups gives which role; admins keep it (audited).
// - council_sign_in_setting: local passwords on or off, a second factor (TOTP) required or not.
// - oidc_grant: the refresh token of a user's sign-in to a council (sealed), with which each request
//   asks the provider again for the user's groups; it is the council's, so it lives under its RLS.
// - app_user gains a TOTP secret (sealed) and when it was confirmed; password_hash keeps its
//   algorithm in its own prefix ($argon2id$ or bcrypt's $2…$), so no column says which.
// - sign_in_throttle gains a scope 'totp' (keyed by user id): codes are throttled like passwords.
export const IDENTITY_DELETABLE_TABLES = ["council_group_role"] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("council_identity_provider")
    .addColumn("council_id", "uuid", (c) => c.notNull().primaryKey().references("council.id"))
    .addColumn("issuer", "text", (c) => c.notNull().check(sql`issuer ~ '^https?://' and length(issuer) <= 500`))
    .addColumn("client_id", "text", (c) => c.notNull().check(sql`length(client_id) between 1 and 200`))
    .addColumn("client_secret_sealed", "bytea", (c) => c.notNull())
    .addColumn("groups_claim", "text", (c) => c.notNull().defaultTo("groups").check(sql`groups_claim ~ '^[A-Za-z0-9_:./-]{1,100}$'`))
    .addColumn("updated_by", "uuid")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable("council_group_role")
    .addColumn("council_id", "uuid", (c) => c.notNull().references("council.id"))
    .addColumn("group_id", "text", (c) => c.notNull().check(sql`length(group_id) between 1 and 200`))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('admin','manager','commissioner','case_officer','panel_member','finance_officer')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("council_group_role_pkey", ["council_id", "group_id", "role"])
    .execute();

  await db.schema
    .createTable("council_sign_in_setting")
    .addColumn("council_id", "uuid", (c) => c.notNull().primaryKey().references("council.id"))
    .addColumn("local_passwords", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("totp_required", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("updated_by", "uuid")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable("oidc_grant")
    .addColumn("council_id", "uuid", (c) => c.notNull().references("council.id"))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id"))
    .addColumn("refresh_token_sealed", "bytea")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("oidc_grant_pkey", ["council_id", "user_id"])
    .execute();

  await sql`grant select, insert, update on council_identity_provider, council_sign_in_setting, oidc_grant to pb_app`.execute(db);
  await sql`grant select, insert, delete on council_group_role to pb_app`.execute(db);
  for (const table of ["council_identity_provider", "council_group_role", "council_sign_in_setting", "oidc_grant"]) await isolateByCouncil(db, table);

  await sql`alter table app_user add column totp_secret_sealed bytea, add column totp_confirmed_at timestamptz`.execute(db);
  await sql`alter table sign_in_throttle drop constraint if exists sign_in_throttle_scope_check`.execute(db);
  await sql`alter table sign_in_throttle add constraint sign_in_throttle_scope_check check (scope in ('account','address','totp'))`.execute(db);

  // Before any council is entered: the providers to offer (the sealed secret only opens with the
  // server's key), and each of a user's councils with its sign-in settings.
  await sql`
    create function pb_identity_providers() returns table (council_id uuid, slug text, council_name text, issuer text, client_id text, client_secret_sealed bytea, groups_claim text)
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select p.council_id, c.slug, c.name, p.issuer, p.client_id, p.client_secret_sealed, p.groups_claim
      from public.council_identity_provider p join public.council c on c.id = p.council_id order by c.name
    $$`.execute(db);
  await sql`
    create function pb_user_sign_in_settings(p_user uuid) returns table (council_id uuid, local_passwords boolean, totp_required boolean)
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select distinct m.council_id, coalesce(s.local_passwords, true), coalesce(s.totp_required, false)
      from public.council_membership m left join public.council_sign_in_setting s on s.council_id = m.council_id
      where m.user_id = p_user
    $$`.execute(db);
  // A second factor: its sealed secret, and whether it was confirmed with a code.
  await sql`
    create function pb_user_totp(p_user uuid) returns table (secret_sealed bytea, confirmed_at timestamptz)
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select u.totp_secret_sealed, u.totp_confirmed_at from public.app_user u where u.id = p_user
    $$`.execute(db);
  // Enrolment starts with a new secret (unconfirmed) and ends when a code from it is right.
  await sql`
    create function pb_set_totp(p_user uuid, p_sealed bytea, p_confirm boolean) returns boolean
    language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      if p_confirm then
        update public.app_user u set totp_confirmed_at = now() where u.id = p_user and u.totp_secret_sealed = p_sealed and u.totp_confirmed_at is null;
      else
        update public.app_user u set totp_secret_sealed = p_sealed, totp_confirmed_at = null where u.id = p_user and u.totp_confirmed_at is null;
      end if;
      return found;
    end $$`.execute(db);
  // A right password's hash made again with the current algorithm: only over the hash it was checked against.
  await sql`
    create function pb_rehash_password(p_user uuid, p_old text, p_new text) returns boolean
    language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      if p_new !~ '^\\$argon2id\\$' then
        raise exception 'a password hash must be argon2id' using errcode = '22023';
      end if;
      update public.app_user u set password_hash = p_new where u.id = p_user and u.password_hash = p_old;
      return found;
    end $$`.execute(db);
  // A user's own second factor, set up outside any council, is audited in each of their councils as the
  // other events about a user are (0020): the list of such events gains it.
  await sql`
    create or replace function pb_audit_user_event(p_user uuid, p_actor uuid, p_action text, p_entity text, p_entity_id text, p_after jsonb) returns void
    language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      if p_action not in ('sign_in.account_locked', 'sign_in.address_locked', 'session.revoked', 'user.deactivated', 'user.two_step_enrolled') then
        raise exception 'not an event about a user: %', p_action using errcode = '42501';
      end if;
      insert into public.audit_log (council_id, actor_user_id, action, entity, entity_id, after)
      select m.council_id, p_actor, p_action, p_entity, p_entity_id, p_after
      from public.council_membership m where m.user_id = p_user group by m.council_id order by m.council_id;
    end $$`.execute(db);
  const functions = ["pb_identity_providers()", "pb_user_sign_in_settings(uuid)", "pb_user_totp(uuid)", "pb_set_totp(uuid, bytea, boolean)", "pb_rehash_password(uuid, text, text)"];
  for (const fn of functions) {
    await sql`revoke all on function ${sql.raw(fn)} from public`.execute(db);
    await sql`grant execute on function ${sql.raw(fn)} to pb_app`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const fn of ["pb_identity_providers()", "pb_user_sign_in_settings(uuid)", "pb_user_totp(uuid)", "pb_set_totp(uuid, bytea, boolean)", "pb_rehash_password(uuid, text, text)"]) {
    await sql`drop function ${sql.raw(fn)}`.execute(db);
  }
  await sql`delete from sign_in_throttle where scope = 'totp'`.execute(db);
  await sql`
    create or replace function pb_audit_user_event(p_user uuid, p_actor uuid, p_action text, p_entity text, p_entity_id text, p_after jsonb) returns void
    language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp as $$
    begin
      if p_action not in ('sign_in.account_locked', 'sign_in.address_locked', 'session.revoked', 'user.deactivated') then
        raise exception 'not an event about a user: %', p_action using errcode = '42501';
      end if;
      insert into public.audit_log (council_id, actor_user_id, action, entity, entity_id, after)
      select m.council_id, p_actor, p_action, p_entity, p_entity_id, p_after
      from public.council_membership m where m.user_id = p_user group by m.council_id order by m.council_id;
    end $$`.execute(db);
  await sql`alter table sign_in_throttle drop constraint if exists sign_in_throttle_scope_check`.execute(db);
  await sql`alter table sign_in_throttle add constraint sign_in_throttle_scope_check check (scope in ('account','address'))`.execute(db);
  await sql`alter table app_user drop column totp_secret_sealed, drop column totp_confirmed_at`.execute(db);
  for (const table of ["oidc_grant", "council_sign_in_setting", "council_group_role", "council_identity_provider"]) await db.schema.dropTable(table).execute();
}
