import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Kysely } from "kysely";
import type { DB } from "@pb/db";
import { errorFacts, isWellFormedRequestId, logger, REQUEST_ID_HEADER } from "@pb/log";
import { clientAddress } from "./sign-in/client-address";
import { SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_IN_WAIT } from "./sign-in/refusal-codes";
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
};

// The session holds only who signed in, when, and the version of their sessions: councils and roles are read
// from the database per request, so a removed role takes effect at once rather than when a token
// expires, and a token whose version is no longer the user's (sign-out, deactivation) is refused.
export function createAuthOptions(settings: AuthSettings): NextAuthOptions {
  return {
    secret: settings.secret,
    useSecureCookies: settings.secureCookies,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          if (!credentials?.email || !credentials.password) return null;
          const outcome = await signInThrottled(await settings.getDb(), {
            email: credentials.email,
            password: credentials.password,
            address: clientAddress(request?.headers, settings.trustedProxies ?? 0),
            now: settings.now?.() ?? new Date(),
          }).catch((error: unknown) => {
            // next-auth would put the message in the answer's URL: say nothing of the database there.
            const requestId = request?.headers?.[REQUEST_ID_HEADER];
            logger.error("sign_in.check_failed", { requestId: isWellFormedRequestId(requestId) ? requestId : undefined, ...errorFacts(error) });
            throw new Error(SIGN_IN_FAILED);
          });
          // next-auth hands a thrown message to the sign-in form; a plain wrong password stays null.
          if (outcome.kind === "locked") throw new Error(SIGN_IN_LOCKED);
          if (outcome.kind === "wait") throw new Error(SIGN_IN_WAIT);
          if (outcome.kind === "refused") return null;
          return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name, sessionVersion: outcome.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.userId = user.id;
          token.sessionVersion = (user as { sessionVersion?: unknown }).sessionVersion;
          token.signedInAt = Math.floor((settings.now?.() ?? new Date()).getTime() / 1000);
        }
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          userId: typeof token.userId === "string" ? token.userId : undefined,
          sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : undefined,
          signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : undefined,
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
