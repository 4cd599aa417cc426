import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { actAsApplication, normaliseEmail, type DB } from "@pb/db";
import { UNKNOWN_ADDRESS } from "./client-address";
import { ACCOUNT_LIMITS, ADDRESS_LIMITS, admit, combineVerdicts, settle, type ThrottleLimits, type ThrottleState, type ThrottleVerdict } from "./throttle-policy";

export type ThrottleScope = "account" | "address" | "totp";
type Counter = { scope: ThrottleScope; key: string; limits: ThrottleLimits };

/** An account's key: the email as sign-in compares it, hashed, so the table holds no one's address. */
export function accountKey(email: string): string {
  return createHash("sha256").update(normaliseEmail(email)).digest("hex");
}

/**
 * Account first, then address: every attempt locks rows in the same order, so none deadlock. An
 * address nobody vouches for (no trusted proxy) is no one's: one shared counter for it would let
 * anyone lock everyone out with twenty wrong passwords, so such attempts are throttled by account only.
 */
export function countersFor(email: string, address: string): Counter[] {
  const account: Counter = { scope: "account", key: accountKey(email), limits: ACCOUNT_LIMITS };
  return address === UNKNOWN_ADDRESS ? [account] : [account, { scope: "address", key: address, limits: ADDRESS_LIMITS }];
}

/** A second factor's codes are throttled as an account's passwords are, keyed by the user (who is known by then). */
export function totpCounter(userId: string): Counter {
  return { scope: "totp", key: userId, limits: ACCOUNT_LIMITS };
}

async function lockCounter(trx: Transaction<DB>, counter: Counter, now: Date): Promise<ThrottleState | null> {
  // A row to lock even on a first attempt, so parallel first attempts queue on it rather than race.
  await trx
    .insertInto("sign_in_throttle")
    .values({ scope: counter.scope, key: counter.key, failures: 0, first_failure_at: now, last_failure_at: now, locked_until: null })
    .onConflict((oc) => oc.columns(["scope", "key"]).doNothing())
    .execute();
  const row = await trx.selectFrom("sign_in_throttle").selectAll().where("scope", "=", counter.scope).where("key", "=", counter.key).forUpdate().executeTakeFirstOrThrow();
  if (row.failures === 0 && !row.locked_until) return null;
  return { failures: row.failures, firstFailureAt: row.first_failure_at, lastFailureAt: row.last_failure_at, lockedUntil: row.locked_until };
}

async function saveCounter(trx: Transaction<DB>, counter: Counter, state: ThrottleState): Promise<void> {
  await trx
    .updateTable("sign_in_throttle")
    .set({ failures: state.failures, first_failure_at: state.firstFailureAt, last_failure_at: state.lastFailureAt, locked_until: state.lockedUntil })
    .where("scope", "=", counter.scope)
    .where("key", "=", counter.key)
    .execute();
}

// Reset, never deleted: a parallel attempt queued on the row's lock must still find it when its turn comes.
async function forgetCounter(trx: Transaction<DB>, counter: Counter, now: Date): Promise<void> {
  await saveCounter(trx, counter, { failures: 0, firstFailureAt: now, lastFailureAt: now, lockedUntil: null });
}

/** Before a password is checked: refused while either counter is locked or waiting (see `admit`). */
export async function admitAttempt(db: Kysely<DB>, counters: Counter[], now: Date): Promise<ThrottleVerdict> {
  return db.transaction().execute(async (trx) => {
    await actAsApplication(trx);
    const admitted: { counter: Counter; state: ThrottleState | null }[] = [];
    let verdict: ThrottleVerdict = { kind: "allowed" };
    for (const counter of counters) {
      const judged = admit(await lockCounter(trx, counter, now), now, counter.limits);
      admitted.push({ counter, state: judged.state });
      verdict = combineVerdicts(verdict, judged.verdict);
    }
    if (verdict.kind !== "allowed") return verdict;
    for (const { counter, state } of admitted) if (state) await saveCounter(trx, counter, state);
    return verdict;
  });
}

export type Locked = { scope: ThrottleScope; key: string; until: Date; failures: number };

/**
 * After the password was checked (see `settle`): a counter that reaches its limit is locked, and
 * `onLock` (the audit) runs in the same transaction.
 */
export async function settleAttempt(
  db: Kysely<DB>,
  counters: Counter[],
  now: Date,
  right: boolean,
  onLock: (trx: Transaction<DB>, locked: Locked[]) => Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await actAsApplication(trx);
    const locked: Locked[] = [];
    for (const counter of counters) {
      const settled = settle(await lockCounter(trx, counter, now), now, counter.limits, right);
      if (!settled.state) await forgetCounter(trx, counter, now);
      else await saveCounter(trx, counter, settled.state);
      if (settled.lockedNow && settled.state?.lockedUntil) {
        locked.push({ scope: counter.scope, key: counter.key, until: settled.state.lockedUntil, failures: settled.state.failures });
      }
    }
    if (locked.length) await onLock(trx, locked);
  });
}
