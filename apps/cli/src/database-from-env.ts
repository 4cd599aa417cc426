import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createDatabase, migrateToLatest, type Database } from "@pb/db";
import type { BackupTarget } from "@pb/db/backup";

/** The nearest folder above `start` holding pnpm-workspace.yaml, else `start` itself. */
export function findRepoRoot(start: string): string {
  let dir = start;
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    dir = dirname(dir);
  }
  return start;
}

/** The owner's connection string (ADR 0004): DATABASE_OWNER_URL, else DATABASE_URL (one role for both). */
export function ownerUrlFromEnv(): string | undefined {
  return process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL || undefined;
}

/**
 * The same choice the console makes, PostgreSQL when a URL is set, else the embedded folder, but as
 * the owner: `migrate`, `seed`, `backup` and `restore` create tables, bulk load with COPY, rebuild
 * rollups and read every council's rows, which the console's runtime role may not.
 */
export function databaseTargetFromEnv(): BackupTarget {
  const url = ownerUrlFromEnv();
  // The release folder's pb (replaced by its bundler, docs/release.md) ships no PGlite: PostgreSQL only.
  if (!url && process.env.PB_RELEASE === "1")
    throw new Error("the release runs on PostgreSQL only: set DATABASE_OWNER_URL to the owner role's connection (docs/release.md)");
  return url ? { backend: "postgres", url } : { backend: "pglite", dataDir: resolve(process.env.PB_DATA_DIR || join(findRepoRoot(process.cwd()), ".data", "pglite")) };
}

export async function openDatabaseFromEnv(): Promise<Database> {
  const database = await createDatabase(databaseTargetFromEnv());
  await migrateToLatest(database.db);
  return database;
}

export function describeTarget(target: BackupTarget): string {
  if (target.backend === "pglite") return `embedded PGlite (${target.dataDir})`;
  return process.env.DATABASE_OWNER_URL ? "PostgreSQL (DATABASE_OWNER_URL)" : "PostgreSQL (DATABASE_URL)";
}

export function describeDatabase(database: Database): string {
  if (database.backend === "pglite") return "embedded PGlite";
  return process.env.DATABASE_OWNER_URL ? "PostgreSQL (DATABASE_OWNER_URL)" : "PostgreSQL (DATABASE_URL)";
}
