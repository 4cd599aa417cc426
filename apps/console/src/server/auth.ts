import "server-only";
import { getServerSession } from "next-auth";
import { createAuthOptions, sessionUserId } from "@pb/auth";
import { env } from "~/env";
import { servedOverHttps } from "~/public-url";
import { getDatabase } from "./database";

export const authOptions = createAuthOptions({
  getDb: async () => (await getDatabase()).db,
  secret: env.authSecret,
  secureCookies: servedOverHttps,
  trustedProxies: env.trustedProxies,
});

/**
 * The one place a request's session is read (tRPC over HTTP, server pages and downloads all come
 * here): a token whose session version is no longer its user's (signed out, deactivated) is no session.
 */
export async function getSignedInUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  if (!session) return null;
  return sessionUserId((await getDatabase()).db, session);
}
