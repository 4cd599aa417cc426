import "server-only";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { createAuthOptions, recheckOidcAccess, sessionSignIn, toProviderEntries, type AuthSettings, type SignInMethod } from "@pb/auth";
import { listIdentityProviders } from "@pb/db";
import { env } from "~/env";
import { servedOverHttps } from "~/public-url";
import { getDatabase } from "./database";

const settings: AuthSettings = {
  getDb: async () => (await getDatabase()).db,
  secret: env.authSecret,
  secureCookies: servedOverHttps,
  trustedProxies: env.trustedProxies,
};

/** Reading a session needs no provider: only the secret and the callbacks. */
export const authOptions = createAuthOptions(settings);

/**
 * next-auth's route, per request: every council's identity provider as the database has it now, so
 * a change in /admin/identity takes effect without a restart.
 */
export async function authOptionsForRequest(): Promise<NextAuthOptions> {
  const db = (await getDatabase()).db;
  return createAuthOptions({ ...settings, identityProviders: toProviderEntries(await listIdentityProviders(db)) });
}

export type SignedIn = { userId: string; method: SignInMethod };

/**
 * The one place a request's session is read (tRPC over HTTP, server pages and downloads all come
 * here): a token whose session version is no longer its user's (signed out, deactivated) is no session.
 * A session made through a council's provider is checked with the provider again (at most every
 * PB_OIDC_RECHECK_SECONDS): a user no longer in a mapped group loses the session here, at once.
 * A provider that cannot be reached refuses the request without ending the session.
 */
export async function getSignedIn(): Promise<SignedIn | null> {
  const session = await getServerSession(authOptions);
  if (!session) return null;
  const db = (await getDatabase()).db;
  const signedIn = await sessionSignIn(db, session);
  if (!signedIn || signedIn.method.kind !== "oidc") return signedIn;
  const outcome = await recheckOidcAccess(db, { userId: signedIn.userId, councilId: signedIn.method.councilId }, { recheckSeconds: env.oidcRecheckSeconds }).catch((error: unknown) => {
    console.error("Re-checking a session with the council's provider failed:", error instanceof Error ? error.message : typeof error);
    return "unreachable" as const;
  });
  return outcome === "ok" ? signedIn : null;
}

