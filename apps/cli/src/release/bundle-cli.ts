import { cpSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * `pb` as one ES module with pg, pg-copy-streams and bcryptjs inside (pure JavaScript); argon2's addon beside it. PGlite stays
 * out: its WebAssembly loads from beside its own files, and the release runs on PostgreSQL only,
 * which `PB_RELEASE` makes `pb` say rather than fail to find the package.
 */
/** Packages with a compiled addon: esbuild cannot put a .node file in a bundle, so they sit beside pb.mjs (copyNativePackages). */
export const NATIVE_PACKAGES = ["@node-rs/argon2"];

/**
 * Each native package and the platform builds it found installed (its optionalDependencies), copied whole
 * into the release's node_modules, links followed, so `pb.mjs` finds them beside itself.
 */
export function copyNativePackages(repoRoot: string, out: string): void {
  const fromAuth = createRequire(join(repoRoot, "packages", "auth", "package.json"));
  for (const name of NATIVE_PACKAGES) {
    const dir = dirname(realpathSync(fromAuth.resolve(`${name}/package.json`)));
    cpSync(dir, join(out, "node_modules", name), { recursive: true, dereference: true });
    const fromPackage = createRequire(join(dir, "package.json"));
    const optional = Object.keys((JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { optionalDependencies?: Record<string, string> }).optionalDependencies ?? {});
    for (const platform of optional) {
      let platformDir: string;
      try {
        platformDir = dirname(realpathSync(fromPackage.resolve(`${platform}/package.json`)));
      } catch {
        continue; // not this machine's platform: not installed
      }
      cpSync(platformDir, join(out, "node_modules", platform), { recursive: true, dereference: true });
    }
  }
}

export async function bundleCli(repoRoot: string, outfile: string): Promise<void> {
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(repoRoot, "apps", "cli", "src", "release-entry.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    logLevel: "error",
    external: ["@electric-sql/pglite", "pg-native", "esbuild", ...NATIVE_PACKAGES],
    define: { "process.env.PB_RELEASE": '"1"' },
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);" },
  });
}
