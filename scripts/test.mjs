#!/usr/bin/env node
// `pnpm test`: every test there is, in one run: types, rules, the API on PGlite and PostgreSQL,
// and the browser against the production build. Ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "test-only-secret-of-at-least-32-characters" };

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  return result.status === 0;
}

const failures = [];
if (!step("Type check every package", "pnpm", ["typecheck"])) failures.push("typecheck");
if (!step("Lint (house rules and package boundaries)", "pnpm", ["lint"])) failures.push("lint");
if (!step("Chromium for the browser tests", "node", ["scripts/ensure-chromium.mjs"])) failures.push("chromium");
if (!step("LibreOffice for the export tests", "node", ["scripts/ensure-libreoffice.mjs"])) failures.push("libreoffice");
if (!step("Production build of the console", "pnpm", ["--filter", "@pb/console", "build"])) failures.push("build");

mkdirSync(join(root, "test-results"), { recursive: true });
const report = join(root, "test-results", "vitest.json");
const projects = failures.includes("build") || failures.includes("chromium") ? ["--project", "unit", "--project", "integration-pglite", "--project", "integration-postgres"] : [];
if (!step("Unit, integration and end-to-end tests", "pnpm", ["exec", "vitest", "run", ...projects, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]))
  failures.push("tests");

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed = results.numPassedTests ?? 0;
  // A file that fails before any test runs (an import error, a failed hook) counts once: its tests never ran to fail.
  const brokenFiles = (results.testResults ?? []).filter((file) => file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed")).length;
  failed = (results.numFailedTests ?? 0) + brokenFiles;
}
failed += failures.filter((f) => f !== "tests").length;
if (failures.length) console.log(`\nFailed steps: ${failures.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
