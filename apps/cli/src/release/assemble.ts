import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { listMigrationNames } from "@pb/db";
import { bundleCli, copyNativePackages } from "./bundle-cli";
import { linksLeaving } from "./self-contained";

/** Where the console's production build leaves Next's standalone server (next.config.ts: output "standalone"). */
export function standaloneDir(repoRoot: string): string {
  return join(repoRoot, "apps", "console", ".next", "standalone");
}

/** The server inside the standalone output: Next keeps the workspace's layout from the tracing root. */
export const CONSOLE_SERVER = join("console", "apps", "console", "server.js");

export class ReleaseError extends Error {}

export type ReleaseManifest = {
  commit: string;
  builtAt: string;
  node: string;
  database: "postgresql";
  lastMigration: string;
  migrations: number;
};

function commitOf(repoRoot: string): string {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: repoRoot, encoding: "utf8" }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return "unknown";
  }
}

/** An earlier release is replaced; any other folder that holds something is refused, never emptied. */
function prepareOut(out: string): void {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, "release.json"))) throw new ReleaseError(`${out} holds files and is not a release folder: choose another --out`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}

/**
 * The release folder from the console's existing production build: Next's standalone server with
 * its traced node_modules, the static files it does not copy itself, `pb` bundled (the migrations
 * are in it), the start script, the Dockerfile and release.json.
 */
export async function assembleRelease(repoRoot: string, outDir: string): Promise<{ out: string; manifest: ReleaseManifest }> {
  const out = resolve(outDir);
  const standalone = standaloneDir(repoRoot);
  if (!existsSync(join(standalone, "apps", "console", "server.js")))
    throw new ReleaseError("no standalone build of the console: run `pnpm --filter @pb/console build` (or pb release without --no-build)");
  prepareOut(out);

  const consoleDir = join(out, "console");
  cpSync(standalone, consoleDir, { recursive: true, verbatimSymlinks: true });
  // Next's standalone output leaves the browser's files to the host; the server serves them from here.
  cpSync(join(repoRoot, "apps", "console", ".next", "static"), join(consoleDir, "apps", "console", ".next", "static"), { recursive: true });
  const publicDir = join(repoRoot, "apps", "console", "public");
  if (existsSync(publicDir)) cpSync(publicDir, join(consoleDir, "apps", "console", "public"), { recursive: true });

  await bundleCli(repoRoot, join(out, "pb.mjs"));
  copyNativePackages(repoRoot, out);
  for (const file of ["server.js", "package.json", "Dockerfile", "README.md"])
    cpSync(join(repoRoot, "apps", "cli", "release-files", file), join(out, file));

  const leaving = linksLeaving(out);
  if (leaving.length) throw new ReleaseError(`the folder links outside itself, so it would not run elsewhere: ${leaving.slice(0, 5).join(", ")}`);

  const migrations = listMigrationNames();
  const manifest: ReleaseManifest = {
    commit: commitOf(repoRoot),
    builtAt: new Date().toISOString(),
    node: ">=20.9.0",
    database: "postgresql",
    lastMigration: migrations.at(-1) ?? "",
    migrations: migrations.length,
  };
  writeFileSync(join(out, "release.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { out, manifest };
}
