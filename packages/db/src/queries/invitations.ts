import { createHash, randomBytes } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import type { DB } from "../schema";

// Issue 21 (migration 0024): an invitation is a one-time link to set a password. Only the SHA-256 of
// its token is stored, so the table (and a backup of it) holds nothing that opens an account.

/** How long an invitation's link works. */
export const INVITATION_LIFETIME_DAYS = 7;

/** A fresh token (256 random bits, URL-safe) and the hash stored for it. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type InvitationByToken = { councilName: string; email: string; expiresAt: Date; acceptedAt: Date | null; withdrawnAt: Date | null };

/** The invitation a link's token belongs to, read before any council is known (pb_invitation_by_token). */
export async function findInvitationByToken(db: Kysely<DB>, token: string): Promise<InvitationByToken | undefined> {
  const { rows } = await sql<{ council_name: string; email: string; expires_at: Date; accepted_at: Date | null; withdrawn_at: Date | null }>`
    select council_name, email, expires_at, accepted_at, withdrawn_at from pb_invitation_by_token(${hashInvitationToken(token)})`.execute(db);
  const row = rows[0];
  return row && { councilName: row.council_name, email: row.email, expiresAt: new Date(row.expires_at), acceptedAt: row.accepted_at, withdrawnAt: row.withdrawn_at };
}

/**
 * Uses an invitation once: sets the account's password hash, ends any earlier session and audits it in
 * the inviting council. The user's id, or null when the link is unknown, used, withdrawn or expired.
 */
export async function acceptInvitationToken(trx: Transaction<DB>, token: string, passwordHash: string): Promise<string | null> {
  const { rows } = await sql<{ user_id: string | null }>`select pb_accept_invitation(${hashInvitationToken(token)}, ${passwordHash}) as user_id`.execute(trx);
  return rows[0]?.user_id ?? null;
}
