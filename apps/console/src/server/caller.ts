import "server-only";
import { cookies } from "next/headers";
import { createCaller } from "@pb/api";
import { getSignedIn } from "./auth";
import { getDatabase } from "./database";

export const COUNCIL_COOKIE = "pb_council";

/** The same context the HTTP endpoint builds: the session's user and the council they chose. */
export async function createRequestContext() {
  const [database, signedIn, jar] = await Promise.all([getDatabase(), getSignedIn(), cookies()]);
  return { db: database.db, userId: signedIn?.userId ?? null, signInMethod: signedIn?.method, requestedCouncilId: jar.get(COUNCIL_COOKIE)?.value ?? null };
}

/** Calls procedures from server code with exactly the checks an HTTP call gets. */
export async function getServerCaller() {
  return createCaller(await createRequestContext());
}
