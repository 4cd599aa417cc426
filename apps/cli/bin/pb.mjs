#!/usr/bin/env node
// The `pb` command starts in about a tenth of a second because it runs one prebuilt bundle;
// the bundle is rebuilt with esbuild only when a source file is newer than it.
import { existsSync, readdirSync, statSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const cliDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(cliDir, "../..");
const outdir = join(cliDir, "dist");
const entry = join(outdir, "main.mjs");

function newestSourceMtime() {
  let newest = 0;
  const roots = [join(cliDir, "src"), ...readdirSync(join(repoRoot, "packages")).map((p) => join(repoRoot, "packages", p))];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const parent = entry.parentPath ?? entry.path;
      if (parent.includes("node_modules")) continue;
      if (!/\.(ts|json|csv)$/.test(entry.name)) continue;
      newest = Math.max(newest, statSync(join(parent, entry.name)).mtimeMs);
    }
  }
  return newest;
}

async function ensureBundle() {
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestSourceMtime()) return;
  const { build } = await import("esbuild");
  const tmp = `${outdir}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(cliDir, "src", "main.ts")],
    bundle: true,
    // One chunk per command, so `pb check` never loads the database drivers.
    splitting: true,
    outExtension: { ".js": ".mjs" },
    platform: "node",
    target: "node20",
    format: "esm",
    outdir: tmp,
    logLevel: "error",
    // Native and wasm-backed drivers stay outside the bundle and load from node_modules.
    external: ["@electric-sql/pglite", "pg", "pg-copy-streams", "pg-native", "bcryptjs", "esbuild"],
    banner: { js: "import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);" },
  });
  rmSync(outdir, { recursive: true, force: true });
  renameSync(tmp, outdir);
}

await ensureBundle();
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
