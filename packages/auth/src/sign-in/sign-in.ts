import type { Kysely } from "kysely";
import { findUserTotp, recordSignIn, recordSignInFailure, type DB } from "@pb/db";
import { verifyCredentials, type SignedInUser } from "../credentials";
import { openSecret } from "../secrets/sealed-secret";
import { verifyTotp } from "../secrets/totp";
import { auditLockouts, userIdForEmail } from "./lockout-audit";
import { activeSessionVersion } from "./sessions";
import { admitAttempt, countersFor, settleAttempt, totpCounter } from "./throttle-store";

export type SignInAttempt = { email: string; password: string; address: string; now: Date; /** The second factor's code, once asked for. */ code?: string };

export type SignInOutcome =
  | { kind: "signed_in"; user: SignedInUser; sessionVersion: number; secondFactor: boolean }
  | { kind: "refused" }
  | { kind: "code_needed" }
  | { kind: "code_wrong" }
  | { kind: "wait"; retryAt: Date }
  | { kind: "locked"; until: Date };

/** What a TOTP secret is bound to when sealed: its user, so it cannot be copied to another account. */
export function totpSealBinding(userId: string): string {
  return `totp:${userId}`;
}

/**
 * Sign-in with the throttle around the credential check. Known and unknown emails take one path:
 * the same counters, the same hash comparison (against a dummy hash when no user has the email),
 * the same answers. A deactivated user's right password is refused like a wrong one. A user with a
 * confirmed second factor is then asked for its code, throttled by its own counter.
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
  // For the council's admins (the users page): the last sign-in, and wrong passwords (and codes) since it.
  if (!right) {
    await recordSignInFailure(db, attempt.email);
    return { kind: "refused" };
  }

  const totp = await findUserTotp(db, user.id);
  if (!totp?.secret_sealed || !totp.confirmed_at) {
    await recordSignIn(db, user.id);
    return { kind: "signed_in", user, sessionVersion, secondFactor: false };
  }
  if (!attempt.code) return { kind: "code_needed" };
  const counter = [totpCounter(user.id)];
  const codeVerdict = await admitAttempt(db, counter, attempt.now);
  if (codeVerdict.kind === "locked") return { kind: "locked", until: codeVerdict.until };
  if (codeVerdict.kind === "delayed") return { kind: "wait", retryAt: codeVerdict.retryAt };
  const secret = Buffer.from(openSecret(totp.secret_sealed, totpSealBinding(user.id)), "base64");
  const codeRight = verifyTotp(secret, attempt.code, attempt.now.getTime() / 1000).ok;
  await settleAttempt(db, counter, attempt.now, codeRight, (trx, locked) => auditLockouts(trx, locked, user.id));
  if (!codeRight) {
    await recordSignInFailure(db, attempt.email);
    return { kind: "code_wrong" };
  }
  await recordSignIn(db, user.id);
  return { kind: "signed_in", user, sessionVersion, secondFactor: true };
}
