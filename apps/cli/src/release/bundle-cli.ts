import { join } from "node:path";

/**
 * `pb` as one ES module with pg, pg-copy-streams and bcryptjs inside (pure JavaScript). PGlite stays
 * out: its WebAssembly loads from beside its own files, and the release runs on PostgreSQL only,
 * which `PB_RELEASE` makes `pb` say rather than fail to find the package.
 */
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
    external: ["@electric-sql/pglite", "pg-native", "esbuild"],
    define: { "process.env.PB_RELEASE": '"1"' },
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);" },
  });
}
