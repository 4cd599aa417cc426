import { discoveryUrl, type OidcProviderEntry } from "./provider-config";

export type RefreshOutcome = { kind: "ok"; claims: Record<string, unknown>; refreshToken: string } | { kind: "revoked" };

type Fetch = typeof fetch;
const tokenEndpoints = new Map<string, { url: string; until: number }>();
const DISCOVERY_CACHE_MS = 60 * 60 * 1000;

async function tokenEndpointOf(issuer: string, fetchImpl: Fetch, now: number): Promise<string> {
  const cached = tokenEndpoints.get(issuer);
  if (cached && cached.until > now) return cached.url;
  const response = await fetchImpl(discoveryUrl(issuer), { headers: { accept: "application/json" }, signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  const url = ((await response.json()) as { token_endpoint?: unknown }).token_endpoint;
  if (typeof url !== "string") throw new Error("discovery names no token endpoint");
  tokenEndpoints.set(issuer, { url, until: now + DISCOVERY_CACHE_MS });
  return url;
}

/** A JWT's claims, unverified: see refreshIdToken for why that is enough here. */
function claimsOf(jwt: string): Record<string, unknown> {
  const payload = jwt.split(".")[1];
  if (!payload) throw new Error("the ID token is not a JWT");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
}

/**
 * Spends the refresh token for a fresh ID token, whose claims carry the user's groups as they are now.
 * The ID token comes straight from the provider's token endpoint over TLS in answer to our client's
 * authenticated request, which OpenID Connect Core (3.1.3.7, 6) allows in place of checking its
 * signature; its issuer and audience are still checked. A refused grant (the user disabled, the
 * token revoked) is `revoked`; anything else (the provider unreachable) throws, and the request is
 * refused without ending the session.
 */
export async function refreshIdToken(entry: OidcProviderEntry, refreshToken: string, fetchImpl: Fetch = fetch, now = Date.now()): Promise<RefreshOutcome> {
  const endpoint = await tokenEndpointOf(entry.issuer, fetchImpl, now);
  const basic = Buffer.from(`${encodeURIComponent(entry.clientId)}:${encodeURIComponent(entry.clientSecret)}`).toString("base64");
  const response = await fetchImpl(endpoint, {
    method: "POST",
    headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken }).toString(),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json().catch(() => ({}))) as { error?: unknown; id_token?: unknown; refresh_token?: unknown };
  if (response.status === 400 || response.status === 401) {
    if (body.error === "invalid_grant") return { kind: "revoked" };
    throw new Error(`the token endpoint refused the client: ${String(body.error ?? response.status)}`);
  }
  if (!response.ok || typeof body.id_token !== "string") throw new Error(`the token endpoint answered ${response.status} without an ID token`);
  const claims = claimsOf(body.id_token);
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  const sameIssuer = typeof claims.iss === "string" && claims.iss.replace(/\/+$/, "") === entry.issuer.replace(/\/+$/, "");
  if (!sameIssuer || !audience.includes(entry.clientId)) throw new Error("the refreshed ID token is not from this council's provider for this client");
  return { kind: "ok", claims, refreshToken: typeof body.refresh_token === "string" ? body.refresh_token : refreshToken };
}
