import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { configureBankDetailsKey } from "@pb/services";
import { publicUrl, trustedProxies } from "./public-url";

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

export const env = {
  /** The runtime role's connection (ADR 0004); the owner's, DATABASE_OWNER_URL, is never read here. */
  databaseUrl: process.env.DATABASE_URL || null,
  production: process.env.NODE_ENV === "production",
  dataDir: resolve(/*turbopackIgnore: true*/ process.env.PB_DATA_DIR || join(repoRoot, ".data", "pglite")),
  authSecret: process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET || "",
  publicUrl,
  trustedProxies,
};

// Bank details are sealed with this key; without it, development uses a labelled key and production refuses.
configureBankDetailsKey({ keyBase64: process.env.PB_BANK_DETAILS_KEY, allowDevelopmentKey: process.env.NODE_ENV !== "production" });
