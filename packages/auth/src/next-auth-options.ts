import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Kysely } from "kysely";
import type { DB } from "@pb/db";
import { verifyCredentials } from "./credentials";

export type AuthSettings = {
  getDb: () => Promise<Kysely<DB>>;
  secret: string;
  /** True when the console is served over https; then cookies carry the Secure flag. */
  secureCookies: boolean;
};

// The session holds only who signed in: councils and roles are read from the database per request,
// so a removed role takes effect at once rather than when a token expires.
export function createAuthOptions(settings: AuthSettings): NextAuthOptions {
  return {
    secret: settings.secret,
    useSecureCookies: settings.secureCookies,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          if (!credentials?.email || !credentials.password) return null;
          const user = await verifyCredentials(await settings.getDb(), credentials.email, credentials.password);
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.userId = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: typeof token.userId === "string" ? token.userId : undefined };
      },
    },
  };
}

/** Reads the user id that the session callback above put on the session. */
export function userIdOf(session: unknown): string | null {
  if (session && typeof session === "object" && "userId" in session && typeof session.userId === "string") return session.userId;
  return null;
}
