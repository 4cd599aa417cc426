import type { Kysely } from "kysely";
import { actAsApplication, findUserProfile, findUserTotp, setUserTotp, writeUserAudit, type DB } from "@pb/db";
import { totpSealBinding } from "../sign-in/sign-in";
import { admitAttempt, settleAttempt, totpCounter } from "../sign-in/throttle-store";
import { openSecret, sealSecret } from "./sealed-secret";
import { base32Encode, newTotpSecret, otpauthUri, verifyTotp } from "./totp";

export const TOTP_ISSUER = "Personal budgets";
export const TWO_STEP_ENROLLED = "user.two_step_enrolled";

export type EnrolmentStart = { kind: "started"; otpauthUri: string; key: string } | { kind: "already_enrolled" };
export type EnrolmentEnd = { kind: "enrolled" } | { kind: "code_wrong" } | { kind: "wait" } | { kind: "not_started" };

/** Whether the user has a confirmed second factor. */
export async function hasSecondFactor(db: Kysely<DB>, userId: string): Promise<boolean> {
  const totp = await findUserTotp(db, userId);
  return Boolean(totp?.secret_sealed && totp.confirmed_at);
}

/**
 * A new secret for the user's authenticator app, shown once (as an otpauth URI and as a key to type);
 * it counts only once a code from it is confirmed. Starting again replaces an unconfirmed one.
 */
export async function beginTotpEnrolment(db: Kysely<DB>, userId: string): Promise<EnrolmentStart> {
  if (await hasSecondFactor(db, userId)) return { kind: "already_enrolled" };
  const secret = Buffer.from(newTotpSecret());
  if (!(await setUserTotp(db, userId, sealSecret(secret.toString("base64"), totpSealBinding(userId)), false))) return { kind: "already_enrolled" };
  const account = (await findUserProfile(db, userId))?.email ?? "staff";
  const key = base32Encode(secret);
  return { kind: "started", key, otpauthUri: otpauthUri({ issuer: TOTP_ISSUER, account, secretBase32: key }) };
}

/** Confirms the secret with a code from it (throttled as sign-in codes are), audited in the user's councils. */
export async function confirmTotpEnrolment(db: Kysely<DB>, userId: string, code: string, now: Date): Promise<EnrolmentEnd> {
  const totp = await findUserTotp(db, userId);
  if (!totp?.secret_sealed || totp.confirmed_at) return { kind: "not_started" };
  const counter = [totpCounter(userId)];
  if ((await admitAttempt(db, counter, now)).kind !== "allowed") return { kind: "wait" };
  const right = verifyTotp(Buffer.from(openSecret(totp.secret_sealed, totpSealBinding(userId)), "base64"), code, now.getTime() / 1000).ok;
  await settleAttempt(db, counter, now, right, async () => undefined);
  if (!right) return { kind: "code_wrong" };
  if (!(await setUserTotp(db, userId, totp.secret_sealed, true))) return { kind: "not_started" };
  await db.transaction().execute(async (trx) => {
    await actAsApplication(trx);
    await writeUserAudit(trx, userId, { actorUserId: userId, action: TWO_STEP_ENROLLED, entity: "app_user", entityId: userId });
  });
  return { kind: "enrolled" };
}
