import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { readPaidSumsFromDatabase } from "./database-sums";
import { createLocalOfferCouncils } from "./local-offer-councils";
import { createIdentityCouncil } from "./identity-council";
import { createTrialCouncils } from "./preset-councils";

const root = resolve(import.meta.dirname, "../../..");
// The production build refuses to seal sign-in secrets without a key (ADR 0007): a fixed one, for tests only.
const E2E_SIGN_IN_SECRETS_KEY = Buffer.alloc(32, 7).toString("base64");

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the console exited with code ${server.exitCode} before it answered`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the console did not answer at ${url} within ${seconds} s`);
}

/**
 * Serves the production build (built by `pnpm test` beforehand) on a free port, over a fresh
 * embedded database loaded with the demo seed, exactly as the Quick start does.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), "pb-e2e-"));
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  // The demo runs on the embedded database even when the shell points DATABASE_URL (or the seed's DATABASE_OWNER_URL) elsewhere.
  const { DATABASE_URL: _notUsed, DATABASE_OWNER_URL: _notUsedEither, ...inherited } = process.env;
  const env = { ...inherited, PB_DATA_DIR: dataDir, PORT: String(port), NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: "e2e-only-secret-of-at-least-32-characters", NEXT_TELEMETRY_DISABLED: "1", PB_OIDC_RECHECK_SECONDS: "0", PB_SIGN_IN_SECRETS_KEY: E2E_SIGN_IN_SECRETS_KEY };

  const seeded = spawnSync("node", ["apps/cli/bin/pb.mjs", "seed"], { cwd: root, env, stdio: "inherit" });
  if (seeded.status !== 0) throw new Error("the demo seed failed");
  // Read before the server opens the folder: PGlite allows one process at a time.
  project.provide("paidSums2025", await readPaidSumsFromDatabase(dataDir, "2025-04-01", "2026-03-31"));
  // After the sums, so the demo's figures are the demo's alone: one empty council per preset.
  await createTrialCouncils(dataDir);
  project.provide("localOfferDrafts", await createLocalOfferCouncils(dataDir));
  await createIdentityCouncil(dataDir);

  const server = spawn(join(root, "apps/console/node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: join(root, "apps/console"),
    env,
    // Standard output is one JSON line per request (docs/release.md), thousands in a run; failures go to standard error.
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitForServer(`${baseUrl}/sign-in`, server, 120);
  project.provide("baseUrl", baseUrl);
  project.provide("dataDir", dataDir);

  return async () => {
    if (server.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    paidSums2025: Record<string, number>;
    /** The draft policy version of each Local Offer council, by preset id. */
    localOfferDrafts: Record<string, string>;
  }
}
