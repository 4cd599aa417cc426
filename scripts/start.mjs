#!/usr/bin/env node
// `pnpm start`: build the console, load the demo data into the embedded database (once), and
// serve the production build on http://localhost:3000 (PORT to change it).
import { spawnSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const port = process.env.PORT || "3000";

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A local secret so the demo signs people in without configuration; production sets NEXTAUTH_SECRET.
// The same for the keys that seal bank details and sign-in secrets: made once, kept beside the embedded database it serves.
function localKey(name, encoding) {
  const file = join(root, ".data", name);
  if (!existsSync(file)) {
    mkdirSync(join(root, ".data"), { recursive: true });
    writeFileSync(file, randomBytes(32).toString(encoding), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const env = {
  ...process.env,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || localKey("auth-secret", "base64url"),
  PB_BANK_DETAILS_KEY: process.env.PB_BANK_DETAILS_KEY || localKey("bank-details-key", "base64"),
  PB_SIGN_IN_SECRETS_KEY: process.env.PB_SIGN_IN_SECRETS_KEY || localKey("sign-in-secrets-key", "base64"),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  PORT: port,
  NEXT_TELEMETRY_DISABLED: "1",
};

run("pnpm", ["--filter", "@pb/console", "build"], env);
if (process.env.PB_SKIP_DEMO_SEED !== "1") run("node", ["apps/cli/bin/pb.mjs", "seed"], env);
const server = spawn("pnpm", ["--filter", "@pb/console", "start"], { cwd: root, stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
