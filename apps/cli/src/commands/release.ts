import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { findRepoRoot } from "../database-from-env";
import { parseFlags, printJson, usageError } from "../io";
import { assembleRelease, ReleaseError } from "../release/assemble";

export const RELEASE_USAGE = `usage: pb release [--out <folder>] [--no-build]
  Builds the console for production, then writes a folder that runs with only Node and PostgreSQL:
  \`node pb.mjs migrate\` as the owner role, then \`node server.js\` as the runtime role (docs/release.md).
  --out       the folder to write (default: release/ in the repository); an earlier release there is replaced
  --no-build  use the console's existing production build (as \`pnpm test\` leaves it) instead of building again`;

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${RELEASE_USAGE}\n`);
    return 0;
  }
  const flags = parseFlags(args, { values: ["out"], switches: ["no-build"] });

  const repoRoot = findRepoRoot(process.cwd());
  if (process.env.PB_RELEASE === "1" || !existsSync(join(repoRoot, "pnpm-workspace.yaml")))
    return usageError("release: run it in the repository (`pnpm pb release`), not from a release folder");
  const out = resolve(flags.out ?? join(repoRoot, "release"));

  if (flags["no-build"] !== "true") {
    process.stderr.write("pb: building the console for production…\n");
    const built = spawnSync("pnpm", ["--filter", "@pb/console", "build"], { cwd: repoRoot, stdio: ["ignore", process.stderr, process.stderr], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) {
      process.stderr.write("pb: release: the console's build failed\n");
      return 1;
    }
  }
  try {
    const { manifest } = await assembleRelease(repoRoot, out);
    process.stderr.write(`pb: release written to ${out}: \`node pb.mjs migrate\` as the owner, then \`node server.js\` (docs/release.md)\n`);
    printJson({ folder: out, ...manifest });
    return 0;
  } catch (error: unknown) {
    if (error instanceof ReleaseError) {
      process.stderr.write(`pb: release: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
