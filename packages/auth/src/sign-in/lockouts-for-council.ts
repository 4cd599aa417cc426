import { sql, type Transaction } from "kysely";
import type { DB } from "@pb/db";
import { ACCOUNT_LOCKED, ADDRESS_LOCKED } from "./lockout-audit";
import { accountKey } from "./throttle-store";

export type LockedAccount = { userId: string; name: string; email: string; lockedUntil: Date };
export type RecentLockout = { at: Date; action: "account" | "address"; entityId: string | null; name: string | null; lockedUntil: string | null };

const RECENT = 50;

/**
 * For a council's admins, inside its transaction: its members' accounts locked now, and its latest
 * audited lockouts (account and address). Other councils' members are not in the answer.
 */
export async function listSignInLockouts(trx: Transaction<DB>, councilId: string, now: Date): Promise<{ lockedAccounts: LockedAccount[]; recentLockouts: RecentLockout[] }> {
  const members = await trx
    .selectFrom("council_membership as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select(["u.id", "u.email", "u.display_name"])
    .distinct()
    .where("m.council_id", "=", councilId)
    .execute();
  const byKey = new Map(members.map((m) => [accountKey(m.email), m]));
  const locks = byKey.size
    ? await trx
        .selectFrom("sign_in_throttle")
        .select(["key", "locked_until"])
        .where("scope", "=", "account")
        .where("key", "in", [...byKey.keys()])
        .where("locked_until", ">", now)
        .execute()
    : [];
  const lockedAccounts = locks.flatMap((l) => {
    const m = byKey.get(l.key);
    return m && l.locked_until ? [{ userId: m.id, name: m.display_name, email: m.email, lockedUntil: l.locked_until }] : [];
  });

  const rows = await trx
    .selectFrom("audit_log as a")
    .leftJoin("app_user as u", (j) => j.on(sql`u.id::text`, "=", sql.ref("a.entity_id")).on("a.action", "=", ACCOUNT_LOCKED))
    .select(["a.at", "a.action", "a.entity_id", "u.display_name", sql<string | null>`a.after->>'lockedUntil'`.as("locked_until")])
    .where("a.council_id", "=", councilId)
    .where("a.action", "in", [ACCOUNT_LOCKED, ADDRESS_LOCKED])
    .orderBy("a.at", "desc")
    .orderBy("a.id", "desc")
    .limit(RECENT)
    .execute();
  const recentLockouts = rows.map((r) => ({
    at: r.at,
    action: r.action === ACCOUNT_LOCKED ? ("account" as const) : ("address" as const),
    entityId: r.entity_id,
    name: r.display_name ?? null,
    lockedUntil: r.locked_until,
  }));
  return { lockedAccounts, recentLockouts };
}
