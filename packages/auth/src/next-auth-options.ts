import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Kysely } from "kysely";
import { listUserSignInSettings, type DB } from "@pb/db";
import { errorFacts, isWellFormedRequestId, logger, REQUEST_ID_HEADER } from "@pb/log";
import { completeOidcSignIn } from "./oidc/oidc-sign-in";
import { toNextAuthProvider, type OidcProviderEntry } from "./oidc/provider-config";
import { clientAddress } from "./sign-in/client-address";
import {
  SIGN_IN_CODE_NEEDED,
  SIGN_IN_CODE_WRONG,
  SIGN_IN_FAILED,
  SIGN_IN_LOCKED,
  SIGN_IN_NO_ROLE,
  SIGN_IN_USE_COUNCIL_ACCOUNT,
  SIGN_IN_WAIT,
} from "./sign-in/refusal-codes";
import { revokeSessions, sessionClaimsOf, SESSION_MAX_AGE_SECONDS } from "./sign-in/sessions";
import { signInThrottled } from "./sign-in/sign-in";

export type AuthSettings = {
  getDb: () => Promise<Kysely<DB>>;
  secret: string;
  /** True when the console is served over https; then cookies carry the Secure flag. */
  secureCookies: boolean;
  /** How many proxies of the host's own stand in front of the console; 0: X-Forwarded-For is not believed. */
  trustedProxies?: number;
  /** The clock the sign-in throttle reads; tests move it instead of waiting. */
  now?: () => Date;
  /** The councils' identity providers (issue 21), read from the database for the request; none: passwords only. */
  identityProviders?: readonly OidcProviderEntry[];
};

/** What a sign-in puts on the user for the jwt callback: how it signed in, beside who. */
type SignedInMark = { sessionVersion: number; via: "password" | "oidc"; secondFactor?: boolean; councilId?: string };

function logFailure(event: string, error: unknown, requestId?: string | null): never {
  // next-auth would put the message in the answer's URL: say nothing of the database there, and log the
  // error's name and code only.
  logger.error(event, { requestId: isWellFormedRequestId(requestId) ? requestId : undefined, ...errorFacts(error) });
  throw new Error(SIGN_IN_FAILED);
}

// The session holds only who signed in, when, how, and the version of their sessions: councils and
// roles are read from the database per request, so a removed role takes effect at once rather than
// when a token expires, and a token whose version is no longer the user's (sign-out, deactivation,
// access lost at the provider) is refused.
export function createAuthOptions(settings: AuthSettings): NextAuthOptions {
  const oidcEntries = new Map((settings.identityProviders ?? []).map((entry) => [entry.id, entry]));
  return {
    secret: settings.secret,
    useSecureCookies: settings.secureCookies,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // A provider's refusal (no mapped group, an error at the provider) comes back to the sign-in page.
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" }, code: { label: "Code", type: "text" } },
        async authorize(credentials, request) {
          if (!credentials?.email || !credentials.password) return null;
          const db = await settings.getDb();
          const outcome = await signInThrottled(db, {
            email: credentials.email,
            password: credentials.password,
            code: credentials.code || undefined,
            address: clientAddress(request?.headers, settings.trustedProxies ?? 0),
            now: settings.now?.() ?? new Date(),
          }).catch((error: unknown) => logFailure("sign_in.check_failed", error, (request?.headers as Record<string, string | undefined> | undefined)?.[REQUEST_ID_HEADER]));
          // next-auth hands a thrown message to the sign-in form; a plain wrong password stays null.
          if (outcome.kind === "locked") throw new Error(SIGN_IN_LOCKED);
          if (outcome.kind === "wait") throw new Error(SIGN_IN_WAIT);
          if (outcome.kind === "code_needed") throw new Error(SIGN_IN_CODE_NEEDED);
          if (outcome.kind === "code_wrong") throw new Error(SIGN_IN_CODE_WRONG);
          if (outcome.kind === "refused") return null;
          // Every council of the user has switched passwords off: their council account is the way in.
          const councils = await listUserSignInSettings(db, outcome.user.id).catch((error: unknown) => logFailure("sign_in.settings_failed", error));
          if (councils.length > 0 && !councils.some((c) => c.local_passwords)) throw new Error(SIGN_IN_USE_COUNCIL_ACCOUNT);
          const mark: SignedInMark = { sessionVersion: outcome.sessionVersion, via: "password", secondFactor: outcome.secondFactor };
          return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name, ...mark };
        },
      }),
      ...[...oidcEntries.values()].map(toNextAuthProvider),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        const entry = oidcEntries.get(account.provider);
        if (!entry || !profile) return false;
        const outcome = await completeOidcSignIn(await settings.getDb(), entry, profile as Record<string, unknown>, account.refresh_token).catch((error: unknown) =>
          logFailure("sign_in.provider_failed", error),
        );
        if (outcome.kind !== "signed_in") return `/sign-in?error=${outcome.kind === "no_role" ? SIGN_IN_NO_ROLE : SIGN_IN_FAILED}`;
        // next-auth hands this same user object to the jwt callback: the session is our user's, not the provider's subject.
        const mark: SignedInMark = { sessionVersion: outcome.sessionVersion, via: "oidc", councilId: entry.councilId };
        Object.assign(user as User, { id: outcome.userId }, mark);
        return true;
      },
      jwt({ token, user }) {
        if (user) {
          const mark = user as Partial<SignedInMark>;
          token.userId = user.id;
          token.sessionVersion = mark.sessionVersion;
          token.signedInAt = Math.floor((settings.now?.() ?? new Date()).getTime() / 1000);
          token.via = mark.via;
          token.secondFactor = mark.secondFactor === true;
          token.councilId = mark.councilId;
        }
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          userId: typeof token.userId === "string" ? token.userId : undefined,
          sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : undefined,
          signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : undefined,
          via: token.via === "oidc" ? "oidc" : "password",
          secondFactor: token.secondFactor === true,
          councilId: typeof token.councilId === "string" ? token.councilId : undefined,
        };
      },
    },
    events: {
      // Signing out ends every session of the user at once, not only this cookie (see sessionUserId).
      async signOut({ token }) {
        const claims = sessionClaimsOf(token);
        if (claims) await revokeSessions(await settings.getDb(), claims.userId);
      },
    },
  };
}
