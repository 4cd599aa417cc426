import type { Kysely } from "kysely";
import { actAsApplication, endUserSessions, findSessionVersion, writeUserAudit, type DB } from "@pb/db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The session version a new token carries, or null when the user is deactivated (or gone). */
export function activeSessionVersion(db: Kysely<DB>, userId: string): Promise<number | null> {
  return findSessionVersion(db, userId);
}

/** What the session callback puts on a session: the user and the version of their sessions it was made at. */
export type SessionClaims = { userId: string; sessionVersion: number };

export function sessionClaimsOf(session: unknown): SessionClaims | null {
  if (!session || typeof session !== "object") return null;
  const { userId, sessionVersion } = session as { userId?: unknown; sessionVersion?: unknown };
  if (typeof userId !== "string" || !UUID.test(userId) || typeof sessionVersion !== "number") return null;
  return { userId, sessionVersion };
}

/**
 * The signed-in user of a request, checked against the database: a session made before the user
 * signed out, was deactivated, or before session versions existed, is no session.
 */
export async function sessionUserId(db: Kysely<DB>, session: unknown): Promise<string | null> {
  const claims = sessionClaimsOf(session);
  if (!claims) return null;
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
