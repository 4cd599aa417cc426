import type { Kysely } from "kysely";
import { acceptInvitationToken, actAsApplication, findInvitationByToken, type DB } from "@pb/db";
import { hashPassword } from "./password-hash";

// Issue 21: an invited user sets their password through the one-time link the invitation emailed.
// Nobody is signed in and no council is entered: the token alone names the invitation.

export const PASSWORD_MIN_LENGTH = 12;
/** As verifyCredentials: a longer password would never sign in. */
export const PASSWORD_MAX_LENGTH = 200;

/** Why a new password is refused (naming the field), or null. Length over composition rules (NCSC guidance). */
export function refuseNewPassword(password: string, confirmation: string): { field: "password" | "confirmation"; message: string } | null {
  if (password.length < PASSWORD_MIN_LENGTH) return { field: "password", message: `must be at least ${PASSWORD_MIN_LENGTH} characters` };
  if (password.length > PASSWORD_MAX_LENGTH) return { field: "password", message: `must be at most ${PASSWORD_MAX_LENGTH} characters` };
  if (password !== confirmation) return { field: "confirmation", message: "must be the same as the password" };
  return null;
}

export type InvitationLink = { kind: "open"; councilName: string; email: string; expiresAt: Date } | { kind: "unusable" };

/** What the set-password page shows for a link: whose invitation it is, or that it cannot be used (unknown, used, replaced or expired alike). */
export async function readInvitationLink(db: Kysely<DB>, token: string, now: Date = new Date()): Promise<InvitationLink> {
  if (!token || token.length > 100) return { kind: "unusable" };
  const inv = await findInvitationByToken(db, token);
  if (!inv || inv.acceptedAt || inv.withdrawnAt || inv.expiresAt <= now) return { kind: "unusable" };
  return { kind: "open", councilName: inv.councilName, email: inv.email, expiresAt: inv.expiresAt };
}

export type AcceptOutcome = { kind: "accepted" } | { kind: "unusable" } | { kind: "refused"; field: "password" | "confirmation"; message: string };

/** Sets the invited user's password once; the link stops working in the same transaction. */
export async function acceptInvitation(db: Kysely<DB>, input: { token: string; password: string; confirmation: string }): Promise<AcceptOutcome> {
  const refusal = refuseNewPassword(input.password, input.confirmation);
  if (refusal) return { kind: "refused", ...refusal };
  if (!input.token || input.token.length > 100) return { kind: "unusable" };
  const passwordHash = await hashPassword(input.password);
  const userId = await db.transaction().execute(async (trx) => {
    await actAsApplication(trx);
    return acceptInvitationToken(trx, input.token, passwordHash);
  });
  return userId ? { kind: "accepted" } : { kind: "unusable" };
}
