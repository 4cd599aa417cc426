import type { Kysely } from "kysely";
import { actAsApplication, endUserSessions, findSessionVersion, writeUserAudit, type DB } from "@pb/db";
import type { SignInMethod } from "../credentials";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The session version a new token carries, or null when the user is deactivated (or gone). */
export function activeSessionVersion(db: Kysely<DB>, userId: string): Promise<number | null> {
  return findSessionVersion(db, userId);
}

/**
 * How long a sign-in lasts, at most, whatever happens to its cookie: next-auth re-issues the cookie
 * with a fresh expiry whenever its session is read, so the limit is kept from the sign-in's own time.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * What the session callback puts on a session: the user, the version of their sessions it was made at,
 * when they signed in (seconds), and how (a token from before issue 21 says nothing: a password
 * without a second factor).
 */
export type SessionClaims = { userId: string; sessionVersion: number; signedInAt: number; method: SignInMethod };

export function sessionClaimsOf(session: unknown): SessionClaims | null {
  if (!session || typeof session !== "object") return null;
  const { userId, sessionVersion, signedInAt, via, secondFactor, councilId } = session as Record<string, unknown>;
  if (typeof userId !== "string" || !UUID.test(userId) || typeof sessionVersion !== "number" || typeof signedInAt !== "number") return null;
  if (via === "oidc") {
    if (typeof councilId !== "string" || !UUID.test(councilId)) return null;
    return { userId, sessionVersion, signedInAt, method: { kind: "oidc", councilId } };
  }
  return { userId, sessionVersion, signedInAt, method: { kind: "password", secondFactor: secondFactor === true } };
}

/** Whether a sign-in made at `signedInAt` (seconds) has outlived SESSION_MAX_AGE_SECONDS by `now`; a time ahead of now is no sign-in either. */
export function isSignInExpired(signedInAt: number, now: Date): boolean {
  const age = now.getTime() / 1000 - signedInAt;
  return age > SESSION_MAX_AGE_SECONDS || age < -60;
}

/**
 * The signed-in user of a request, checked against the database: a session made before the user
 * signed out, was deactivated, or before session versions existed, or more than
 * SESSION_MAX_AGE_SECONDS ago, is no session.
 */
export async function sessionUserId(db: Kysely<DB>, session: unknown, now: Date = new Date()): Promise<string | null> {
  return (await sessionSignIn(db, session, now))?.userId ?? null;
}

/** As sessionUserId, with how the session signed in (which decides the councils it may act for). */
export async function sessionSignIn(db: Kysely<DB>, session: unknown, now: Date = new Date()): Promise<{ userId: string; method: SignInMethod } | null> {
  const claims = sessionClaimsOf(session);
  if (!claims || isSignInExpired(claims.signedInAt, now)) return null;
  const version = await activeSessionVersion(db, claims.userId);
  return version === claims.sessionVersion ? { userId: claims.userId, method: claims.method } : null;
}

async function endSessions(db: Kysely<DB>, userId: string, action: string, actorUserId: string | null, deactivate: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await actAsApplication(trx);
    if (!(await endUserSessions(trx, userId, deactivate))) return;
    await writeUserAudit(trx, userId, { actorUserId, action, entity: "app_user", entityId: userId });
  });
}

/** Sign-out (by the user, the default actor) or lost access (no actor): every token the user holds stops working at once, on every device. */
export function revokeSessions(db: Kysely<DB>, userId: string, actorUserId: string | null = userId): Promise<void> {
  return endSessions(db, userId, "session.revoked", actorUserId, false);
}

/** A user who may no longer sign in; their sessions end at once. */
export function deactivateUser(db: Kysely<DB>, userId: string, actorUserId: string | null = null): Promise<void> {
  return endSessions(db, userId, "user.deactivated", actorUserId, true);
}
