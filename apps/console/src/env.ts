import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { configureSignInSecretsKey } from "@pb/auth";
import { configureBankDetailsKey, configureSignInLinks } from "@pb/services";
import { parseConsoleEnv } from "./env-schema";
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

const repoRoot = findRepoRoot(/*turbopackIgnore: true*/ process.cwd());

// Parsed once, when the server first loads this module (instrumentation.ts does at start): a wrong or
// missing setting stops the server with the variable named. The runtime role's connection is DATABASE_URL
// (ADR 0004); the owner's, DATABASE_OWNER_URL, is never read here.
const parsed = parseConsoleEnv(process.env);

export const env = {
  ...parsed,
  dataDir: resolve(/*turbopackIgnore: true*/ parsed.dataDir ?? join(repoRoot, ".data", "pglite")),
  publicUrl,
  /** GOV.UK Notify (README, "GOV.UK Notify"): without a key nothing is sent and messages wait as "not sent (no Notify key)". */
  notify: { apiKey: parsed.notifyApiKey, baseUrl: parsed.notifyBaseUrl },
};

// Bank details are sealed with this key; without it, development uses a labelled key and production refuses.
configureBankDetailsKey({ keyBase64: parsed.bankDetailsKey, allowDevelopmentKey: !parsed.production });
// Council identity providers' client secrets and users' TOTP secrets are sealed with this key (ADR 0007).
configureSignInSecretsKey({ keyBase64: parsed.signInSecretsKey, allowDevelopmentKey: !parsed.production });

// Invitation emails link to the set-password page at the console's public address.
configureSignInLinks({ publicUrl });
