import { sql, type Kysely, type Transaction } from "kysely";
import { writeAuditInCouncils, type DB } from "@pb/db";
import { getMemberships } from "../credentials";
import type { Locked } from "./throttle-store";

export const ACCOUNT_LOCKED = "sign_in.account_locked";
export const ADDRESS_LOCKED = "sign_in.address_locked";

/** The user an email names, if any: only to say in whose councils a lockout is audited. */
export async function userIdForEmail(db: Kysely<DB>, email: string): Promise<string | null> {
  const row = await db.selectFrom("app_user").select("id").where(sql`lower(email)`, "=", email.trim().toLowerCase()).executeTakeFirst();
  return row?.id ?? null;
}

// Matches no user: an unknown email's failure makes the same queries as a known one's (equal timing).
const NO_USER = "00000000-0000-0000-0000-000000000000";

/** The councils whose admins must hear of a lockout: those of the user the attempt named. */
export async function councilsOf(db: Kysely<DB>, userId: string | null): Promise<string[]> {
  return (await getMemberships(db, userId ?? NO_USER)).map((m) => m.councilId);
}

/**
 * One audit row per lock in each of the named user's councils. The row names the user by id and
 * the address, never an email or a password. A lock that names no user (an unknown email) has no
 * council to be audited in: its record is the throttle row itself.
 */
export async function auditLockouts(trx: Transaction<DB>, locked: Locked[], userId: string | null, councilIds: readonly string[]): Promise<void> {
  for (const lock of locked) {
    const after = { lockedUntil: lock.until.toISOString(), failures: lock.failures };
    if (lock.scope === "account" && userId) {
      await writeAuditInCouncils(trx, councilIds, { actorUserId: null, action: ACCOUNT_LOCKED, entity: "app_user", entityId: userId, after });
    } else if (lock.scope === "address") {
      await writeAuditInCouncils(trx, councilIds, { actorUserId: null, action: ADDRESS_LOCKED, entity: "sign_in_address", entityId: lock.key, after: { ...after, lastAccountTried: userId } });
    }
  }
}
