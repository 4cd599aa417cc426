import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The repository root: where bench/results.json and .data live, wherever the command is run from. */
export function findRepoRoot(start = process.cwd()): string {
  let dir = start;
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    dir = dirname(dir);
  }
  return start;
}

/** The same server as `url`, another database on it. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
