import type { Kysely } from "kysely";
import { recordSignIn, recordSignInFailure, type DB } from "@pb/db";
import { verifyCredentials, type SignedInUser } from "../credentials";
import { auditLockouts, userIdForEmail } from "./lockout-audit";
import { activeSessionVersion } from "./sessions";
import { admitAttempt, countersFor, settleAttempt } from "./throttle-store";

export type SignInAttempt = { email: string; password: string; address: string; now: Date };

export type SignInOutcome =
  | { kind: "signed_in"; user: SignedInUser; sessionVersion: number }
  | { kind: "refused" }
  | { kind: "wait"; retryAt: Date }
  | { kind: "locked"; until: Date };

/**
 * Sign-in with the throttle around the credential check. Known and unknown emails take one path:
 * the same counters, the same hash comparison (against a dummy hash when no user has the email),
 * the same answers. A deactivated user's right password is refused like a wrong one.
 */
export async function signInThrottled(db: Kysely<DB>, attempt: SignInAttempt): Promise<SignInOutcome> {
  const counters = countersFor(attempt.email, attempt.address);
  const verdict = await admitAttempt(db, counters, attempt.now);
  if (verdict.kind === "locked") return { kind: "locked", until: verdict.until };
  if (verdict.kind === "delayed") return { kind: "wait", retryAt: verdict.retryAt };

  const user = await verifyCredentials(db, attempt.email, attempt.password);
  const sessionVersion = user ? await activeSessionVersion(db, user.id) : null;
  const right = user !== null && sessionVersion !== null;
  // Whose councils hear of a lock this failure may cause; read before the settling transaction,
  // which takes the application's role (and PGlite's one connection).
  const named = right ? null : await userIdForEmail(db, attempt.email);
  await settleAttempt(db, counters, attempt.now, right, (trx, locked) => auditLockouts(trx, locked, named));
  // For the council's admins (the users page): the last sign-in, and wrong passwords since it.
  if (right) await recordSignIn(db, user.id);
  else await recordSignInFailure(db, attempt.email);
  return right ? { kind: "signed_in", user, sessionVersion } : { kind: "refused" };
}
