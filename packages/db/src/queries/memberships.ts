import { sql, type Kysely, type Transaction } from "kysely";
import type { DB, Role } from "../schema";
import { normaliseEmail } from "./users";

// Issue 21 (migration 0024): a council's admins change who belongs to it. Roles are rows of
// council_membership, which the runtime role may insert and delete in the council its transaction
// entered only (row-level security); accounts, which belong to no council, are made and updated
// through SECURITY DEFINER functions that touch one user. Callers authorise and audit.

/**
 * Replaces a user's roles in one council: adds the missing, removes the rest; other councils'
 * memberships are untouched (and unreachable: the transaction must have entered `councilId`).
 */
export async function setCouncilRoles(
  trx: Transaction<DB>,
  input: { councilId: string; userId: string; roles: readonly Role[] },
): Promise<{ added: Role[]; removed: Role[] }> {
  const wanted = [...new Set(input.roles)];
  const current = (
    await trx.selectFrom("council_membership").select("role").where("council_id", "=", input.councilId).where("user_id", "=", input.userId).execute()
  ).map((r) => r.role);
  const added = wanted.filter((r) => !current.includes(r));
  const removed = current.filter((r) => !wanted.includes(r));
  if (removed.length) {
    await trx.deleteFrom("council_membership").where("council_id", "=", input.councilId).where("user_id", "=", input.userId).where("role", "in", removed).execute();
  }
  if (added.length) {
    await trx.insertInto("council_membership").values(added.map((role) => ({ council_id: input.councilId, user_id: input.userId, role }))).execute();
  }
  return { added, removed };
}

/**
 * The account for an email (compared as sign-in compares it), made when there is none: an invited
 * user has no password until they set one. An existing account keeps its name.
 */
export async function createOrFindUser(db: Kysely<DB>, input: { email: string; displayName: string }): Promise<{ id: string; created: boolean }> {
  const { rows } = await sql<{ id: string; created: boolean }>`
    select id, created from pb_create_or_find_user(${normaliseEmail(input.email)}, ${input.displayName.trim()})`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("pb_create_or_find_user returned no account");
  return row;
}

/** A successful sign-in (password or identity provider): the time is kept and the failures since the last one are cleared. */
export async function recordSignIn(db: Kysely<DB>, userId: string): Promise<void> {
  await sql`select pb_record_sign_in(${userId}::uuid)`.execute(db);
}

/** A wrong password for an email's account, counted for its admins (no account: nothing is written). */
export async function recordSignInFailure(db: Kysely<DB>, email: string): Promise<void> {
  await sql`select pb_record_sign_in_failure(${normaliseEmail(email)})`.execute(db);
}

/** Clears an account's deactivation; only for a member of the council the transaction entered (false otherwise). */
export async function reactivateMember(trx: Transaction<DB>, userId: string): Promise<boolean> {
  const { rows } = await sql<{ done: boolean }>`select pb_reactivate_member(${userId}::uuid) as done`.execute(trx);
  return rows[0]?.done === true;
}
