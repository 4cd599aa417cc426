import { sql, type Kysely } from "kysely";
import type { DB, Role } from "../schema";

// Sign-in reads these before any council is entered, so through migration 0025's functions only.

export type IdentityProviderRow = {
  council_id: string;
  slug: string;
  council_name: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: Uint8Array;
  groups_claim: string;
};
export type UserSignInSettingRow = { council_id: string; local_passwords: boolean; totp_required: boolean };

/** Every council's OpenID Connect provider, by council name: the sign-in page's buttons and next-auth's providers. */
export async function listIdentityProviders(db: Kysely<DB>): Promise<IdentityProviderRow[]> {
  const { rows } = await sql<IdentityProviderRow>`select * from pb_identity_providers()`.execute(db);
  return rows;
}

/** Each council a user belongs to, with whether it lets passwords in and whether it asks a second factor. */
export async function listUserSignInSettings(db: Kysely<DB>, userId: string): Promise<UserSignInSettingRow[]> {
  const { rows } = await sql<UserSignInSettingRow>`select * from pb_user_sign_in_settings(${userId}::uuid)`.execute(db);
  return rows;
}

/** A user's second factor: its sealed secret and when it was confirmed (null: enrolment not finished). */
export async function findUserTotp(db: Kysely<DB>, userId: string): Promise<{ secret_sealed: Uint8Array | null; confirmed_at: Date | null } | undefined> {
  const { rows } = await sql<{ secret_sealed: Uint8Array | null; confirmed_at: Date | null }>`select * from pb_user_totp(${userId}::uuid)`.execute(db);
  return rows[0];
}

/** Starts enrolment with a new secret, or (confirm) finishes it for that same secret; false when nothing changed. */
export async function setUserTotp(db: Kysely<DB>, userId: string, sealed: Uint8Array, confirm: boolean): Promise<boolean> {
  const { rows } = await sql<{ done: boolean }>`select pb_set_totp(${userId}::uuid, ${Buffer.from(sealed)}, ${confirm}) as done`.execute(db);
  return rows[0]?.done === true;
}

/** Replaces a hash that was just proved right with one of the current algorithm (argon2id). */
export async function replacePasswordHash(db: Kysely<DB>, userId: string, oldHash: string, newHash: string): Promise<boolean> {
  const { rows } = await sql<{ done: boolean }>`select pb_rehash_password(${userId}::uuid, ${oldHash}, ${newHash}) as done`.execute(db);
  return rows[0]?.done === true;
}

export type GroupRoleRow = { group_id: string; role: Role };

/** Inside a council's transaction: which of its provider's groups gives which role, by group then role. */
export async function listGroupRoles(trx: Kysely<DB>, councilId: string): Promise<GroupRoleRow[]> {
  return trx.selectFrom("council_group_role").select(["group_id", "role"]).where("council_id", "=", councilId).orderBy("group_id").orderBy("role").execute();
}
