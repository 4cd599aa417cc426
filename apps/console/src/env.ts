import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { configureSignInSecretsKey } from "@pb/auth";
import { configureBankDetailsKey, configureSignInLinks } from "@pb/services";
import { publicUrl } from "./public-url";

// Only the app reads the environment; packages receive settings from here.
function findRepoRoot(start: string): string {
  let dir = start;
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    dir = dirname(dir);
  }
  return start;
}

// How many proxies of the host's own stand in front of the console. Only then is X-Forwarded-For believed
// for the client address that sign-in is throttled by; a client can write that header itself.
function trustedProxiesFrom(value: string | undefined): number {
  if (!value) return 0;
  if (!/^\d{1,2}$/.test(value)) throw new Error("PB_TRUST_PROXY: must be the number of proxies in front of the console, e.g. 1 (or unset).");
  return Number(value);
}

// How long a re-check of a provider's session stands before the provider is asked again (issue 21).
function recheckSecondsFrom(value: string | undefined): number {
  if (value === undefined || value === "") return 60;
  if (!/^\d{1,5}$/.test(value)) throw new Error("PB_OIDC_RECHECK_SECONDS: must be a number of seconds, e.g. 60 (0: ask the provider on every request).");
  return Number(value);
}

const repoRoot = findRepoRoot(/*turbopackIgnore: true*/ process.cwd());

export const env = {
  /** The runtime role's connection (ADR 0004); the owner's, DATABASE_OWNER_URL, is never read here. */
  databaseUrl: process.env.DATABASE_URL || null,
  production: process.env.NODE_ENV === "production",
  dataDir: resolve(/*turbopackIgnore: true*/ process.env.PB_DATA_DIR || join(repoRoot, ".data", "pglite")),
  authSecret: process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET || "",
  publicUrl,
  trustedProxies: trustedProxiesFrom(process.env.PB_TRUST_PROXY),
  oidcRecheckSeconds: recheckSecondsFrom(process.env.PB_OIDC_RECHECK_SECONDS),
  /** GOV.UK Notify (README, "GOV.UK Notify"): without a key nothing is sent and messages wait as "not sent (no Notify key)". */
  notify: {
    apiKey: process.env.NOTIFY_API_KEY?.trim() || null,
    /** Only for a test server with Notify's API; unset, the client talks to GOV.UK Notify itself. */
    baseUrl: process.env.NOTIFY_BASE_URL?.trim() || null,
  },
};

// Bank details are sealed with this key; without it, development uses a labelled key and production refuses.
configureBankDetailsKey({ keyBase64: process.env.PB_BANK_DETAILS_KEY, allowDevelopmentKey: process.env.NODE_ENV !== "production" });
// Council identity providers' client secrets and users' TOTP secrets are sealed with this key (ADR 0005).
configureSignInSecretsKey({ keyBase64: process.env.PB_SIGN_IN_SECRETS_KEY, allowDevelopmentKey: process.env.NODE_ENV !== "production" });

// Invitation emails link to the set-password page at the console's public address.
configureSignInLinks({ publicUrl });
