import { sql, type Kysely } from "kysely";
import type { DB } from "../schema";

// The runtime role reads users only through these functions (migration 0019): one user's row at a
// time, so it never holds the means to read every council's users or password hashes.

/** password_hash is null for an invited user who has not set a password yet (migration 0024). */
export type SignInRow = { id: string; email: string; display_name: string; password_hash: string | null };
export type UserMembershipRow = { council_id: string; council_name: string; role: string };

/**
 * An email as sign-in compares it: trimmed and lower-cased here, once. The lookup and the sign-in
 * throttle's key both take this text, so no spelling of an email can reach the account under a key
 * of its own (PostgreSQL's lower() and JavaScript's disagree on some letters, such as "İ").
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The account an email signs in to (case-insensitive), with its password hash, or undefined. */
export async function findUserForSignIn(db: Kysely<DB>, email: string): Promise<SignInRow | undefined> {
  const { rows } = await sql<SignInRow>`select id, email, display_name, password_hash from pb_sign_in_lookup(${normaliseEmail(email)})`.execute(db);
  return rows[0];
}

/** A user's email and name, for "who am I". */
export async function findUserProfile(db: Kysely<DB>, userId: string): Promise<{ email: string; display_name: string } | undefined> {
  const { rows } = await sql<{ email: string; display_name: string }>`select email, display_name from pb_user_profile(${userId}::uuid)`.execute(db);
  return rows[0];
}

/** Every council a user belongs to, with the role in each (one row a role), by council name. */
export async function listUserMemberships(db: Kysely<DB>, userId: string): Promise<UserMembershipRow[]> {
  const { rows } = await sql<UserMembershipRow>`select council_id, council_name, role from pb_user_memberships(${userId}::uuid)`.execute(db);
  return rows;
}
