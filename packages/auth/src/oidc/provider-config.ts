import type { OAuthConfig } from "next-auth/providers/oauth";
import type { IdentityProviderRow } from "@pb/db";
import { openSecret } from "../secrets/sealed-secret";

// Issue 21: each council with an identity provider is one next-auth provider, `oidc-<council slug>`,
// made per request from the database (a change in /admin/identity needs no restart).

export const OIDC_PROVIDER_PREFIX = "oidc-";
/** Asked of every provider: offline_access for the refresh token each request's re-check spends. */
export const OIDC_SCOPES = "openid profile email offline_access";

export function oidcProviderId(councilSlug: string): string {
  return `${OIDC_PROVIDER_PREFIX}${councilSlug}`;
}

/** What a council's client secret is bound to when sealed: the council, so it cannot be moved to another. */
export function clientSecretSealBinding(councilId: string): string {
  return `oidc-client-secret:${councilId}`;
}

export type OidcProviderEntry = {
  id: string;
  councilId: string;
  councilName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  groupsClaim: string;
};

/** The providers whose secret the server's key opens; one it cannot open is left out (and logged, without the secret). */
export function toProviderEntries(rows: readonly IdentityProviderRow[]): OidcProviderEntry[] {
  const entries: OidcProviderEntry[] = [];
  for (const row of rows) {
    try {
      const clientSecret = openSecret(row.client_secret_sealed, clientSecretSealBinding(row.council_id));
      entries.push({ id: oidcProviderId(row.slug), councilId: row.council_id, councilName: row.council_name, issuer: row.issuer, clientId: row.client_id, clientSecret, groupsClaim: row.groups_claim });
    } catch (error) {
      console.error(`Identity provider of council ${row.slug} left out:`, error instanceof Error ? error.message : typeof error);
    }
  }
  return entries;
}

export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

/**
 * The address a user is known by: `email`, else Entra ID's `preferred_username` (the sign-in name,
 * an email address for staff) when it is one.
 */
export function emailOfClaims(claims: Record<string, unknown>): string | null {
  for (const key of ["email", "preferred_username", "upn"]) {
    const value = claims[key];
    if (typeof value === "string" && /^[^\s@]+@[^\s@]+$/.test(value) && value.length <= 320) return value;
  }
  return null;
}

/** next-auth's provider: authorization code with PKCE, state and nonce, the ID token's claims as the profile. */
export function toNextAuthProvider(entry: OidcProviderEntry): OAuthConfig<Record<string, unknown>> {
  return {
    id: entry.id,
    name: `${entry.councilName} account`,
    type: "oauth",
    wellKnown: discoveryUrl(entry.issuer),
    clientId: entry.clientId,
    clientSecret: entry.clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: OIDC_SCOPES } },
    profile(claims) {
      return { id: String(claims.sub), name: typeof claims.name === "string" ? claims.name : null, email: emailOfClaims(claims) };
    },
  };
}
