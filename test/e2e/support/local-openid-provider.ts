import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";

// Issue 21: an OpenID Connect provider the browser test starts in its own process and stops. Its
// accounts and their groups are a map the test changes, as an administrator would in Entra ID;
// the console asks it again for them on every request (PB_OIDC_RECHECK_SECONDS=0).

export type LocalAccount = { email: string; name: string; groups: string[] };
export type LocalProvider = { issuer: string; accounts: Map<string, LocalAccount>; close: () => Promise<void> };

export const LOCAL_CLIENT = { id: "pb-console-e2e", secret: "e2e-client-secret-not-a-real-one" };

export async function startLocalProvider(redirectUri: string): Promise<LocalProvider> {
  const accounts = new Map<string, LocalAccount>();
  const server: Server = createServer();
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: LOCAL_CLIENT.id,
        client_secret: LOCAL_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx, id) {
      if (!accounts.has(id)) return undefined;
      return {
        accountId: id,
        // Read at each token, the refresh grant's included: a group removed here is gone from the next ID token.
        async claims() {
          const account = accounts.get(id);
          return { sub: id, email: account?.email, name: account?.name, groups: [...(account?.groups ?? [])] };
        },
      };
    },
    claims: { openid: ["sub", "groups"], email: ["email"], profile: ["name"] },
    // Groups in the ID token itself, as Entra ID sends them, not only from the userinfo endpoint.
    conformIdTokenClaims: false,
    // Entra ID gives a refresh token for offline_access without asking again; so does this one.
    async issueRefreshToken(_ctx, client) {
      return client.grantTypeAllowed("refresh_token");
    },
    // A first-party client: no consent screen (the login form is the provider's development one).
    async loadExistingGrant(ctx) {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const existing = ctx.oidc.result?.consent?.grantId || ctx.oidc.session?.grantIdFor(clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope("openid email profile offline_access");
      await grant.save();
      return grant;
    },
    pkce: { required: () => true },
    cookies: { keys: ["e2e-only-cookie-key"] },
    features: { devInteractions: { enabled: true } },
  };
  const provider = new Provider(issuer, configuration);
  // The development login form warns on every start; the test knows.
  provider.on("server_error", (_ctx, error) => console.error("local OpenID provider:", error));
  server.on("request", provider.callback());

  return {
    issuer,
    accounts,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
