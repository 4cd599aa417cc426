import type { Kysely } from "kysely";
import { actAsApplication, endUserSessions, findSessionVersion, writeUserAudit, type DB } from "@pb/db";

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

/** What the session callback puts on a session: the user, the version of their sessions it was made at, and when they signed in (seconds). */
export type SessionClaims = { userId: string; sessionVersion: number; signedInAt: number };

export function sessionClaimsOf(session: unknown): SessionClaims | null {
  if (!session || typeof session !== "object") return null;
  const { userId, sessionVersion, signedInAt } = session as { userId?: unknown; sessionVersion?: unknown; signedInAt?: unknown };
  if (typeof userId !== "string" || !UUID.test(userId) || typeof sessionVersion !== "number" || typeof signedInAt !== "number") return null;
  return { userId, sessionVersion, signedInAt };
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
  const claims = sessionClaimsOf(session);
  if (!claims || isSignInExpired(claims.signedInAt, now)) return null;
  const version = await activeSessionVersion(db, claims.userId);
  return version === claims.sessionVersion ? claims.userId : null;
}

async function endSessions(db: Kysely<DB>, userId: string, action: string, actorUserId: string | null, deactivate: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await actAsApplication(trx);
    if (!(await endUserSessions(trx, userId, deactivate))) return;
    await writeUserAudit(trx, userId, { actorUserId, action, entity: "app_user", entityId: userId });
  });
}

/** Sign-out: every token the user holds stops working at once, on every device. */
export function revokeSessions(db: Kysely<DB>, userId: string): Promise<void> {
  return endSessions(db, userId, "session.revoked", userId, false);
}

/** A user who may no longer sign in; their sessions end at once. */
export function deactivateUser(db: Kysely<DB>, userId: string, actorUserId: string | null = null): Promise<void> {
  return endSessions(db, userId, "user.deactivated", actorUserId, true);
}
