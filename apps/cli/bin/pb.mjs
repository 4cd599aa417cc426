#!/usr/bin/env node
// The `pb` command starts in about a tenth of a second because it runs one prebuilt bundle;
// the bundle is rebuilt with esbuild only when a source file is newer than it.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const cliDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(cliDir, "../..");
const dist = join(cliDir, "dist");
const pointer = join(dist, "current.json");

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

function currentBuild() {
  try {
    const { dir } = JSON.parse(readFileSync(pointer, "utf8"));
    return existsSync(join(dist, dir, "main.mjs")) ? { dir, mtimeMs: statSync(pointer).mtimeMs } : null;
  } catch {
    return null;
  }
}

// Each build goes to a folder of its own and a pointer file is swapped atomically, so a process
// that is still loading chunks of an older build never sees them disappear under it.
async function ensureBundle() {
  const current = currentBuild();
  if (current && current.mtimeMs >= newestSourceMtime()) return current.dir;
  const { build } = await import("esbuild");
  const dir = `build-${Date.now()}-${process.pid}`;
  await build({
    entryPoints: [join(cliDir, "src", "main.ts")],
    bundle: true,
    // One chunk per command, so `pb check` never loads the database drivers.
    splitting: true,
    outExtension: { ".js": ".mjs" },
    platform: "node",
    target: "node20",
    format: "esm",
    outdir: join(dist, dir),
    logLevel: "error",
    // Native and wasm-backed drivers stay outside the bundle and load from node_modules.
    external: ["@electric-sql/pglite", "pg", "pg-copy-streams", "pg-native", "bcryptjs", "@node-rs/argon2", "esbuild"],
    banner: { js: "import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);" },
  });
  const tmp = `${pointer}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ dir }));
  renameSync(tmp, pointer);
  removeOldBuilds(dir);
  return dir;
}

function removeOldBuilds(keep) {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(dist)) {
    if (!name.startsWith("build-") || name === keep) continue;
    const path = join(dist, name);
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}

const dir = await ensureBundle();
const { main } = await import(pathToFileURL(join(dist, dir, "main.mjs")).href);
process.exitCode = await main(process.argv.slice(2));
