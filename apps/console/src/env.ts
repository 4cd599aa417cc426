import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { configureBankDetailsKey } from "@pb/services";

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

const repoRoot = findRepoRoot(/*turbopackIgnore: true*/ process.cwd());

export const env = {
  databaseUrl: process.env.DATABASE_URL || null,
  dataDir: resolve(/*turbopackIgnore: true*/ process.env.PB_DATA_DIR || join(repoRoot, ".data", "pglite")),
  authSecret: process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET || "",
  publicUrl: process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`,
  trustedProxies: trustedProxiesFrom(process.env.PB_TRUST_PROXY),
};

// Bank details are sealed with this key; without it, development uses a labelled key and production refuses.
configureBankDetailsKey({ keyBase64: process.env.PB_BANK_DETAILS_KEY, allowDevelopmentKey: process.env.NODE_ENV !== "production" });
