import type { Kysely, Transaction } from "kysely";
import { findUserForSignIn, writeUserAudit, type DB } from "@pb/db";
import type { Locked } from "./throttle-store";

export const ACCOUNT_LOCKED = "sign_in.account_locked";
export const ADDRESS_LOCKED = "sign_in.address_locked";

/** The user an email names, if any: only to say in whose councils a lockout is audited. */
export async function userIdForEmail(db: Kysely<DB>, email: string): Promise<string | null> {
  return (await findUserForSignIn(db, email))?.id ?? null;
}

/**
 * One audit row per lock in each of the named user's councils. The row names the user by id and
 * the address, never an email or a password. A lock that names no user (an unknown email) has no
 * council to be audited in: its record is the throttle row itself.
 */
export async function auditLockouts(trx: Transaction<DB>, locked: Locked[], userId: string | null): Promise<void> {
  if (!userId) return;
  for (const lock of locked) {
    const after = { lockedUntil: lock.until.toISOString(), failures: lock.failures };
    // A second factor's lock is the account's: the same event for the council's admins.
    if (lock.scope === "account" || lock.scope === "totp") {
      await writeUserAudit(trx, userId, { actorUserId: null, action: ACCOUNT_LOCKED, entity: "app_user", entityId: userId, after });
    } else if (lock.scope === "address") {
      await writeUserAudit(trx, userId, { actorUserId: null, action: ADDRESS_LOCKED, entity: "sign_in_address", entityId: lock.key, after: { ...after, lastAccountTried: userId } });
    }
  }
}
