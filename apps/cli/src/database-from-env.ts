import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createDatabase, migrateToLatest, type Database } from "@pb/db";

function findRepoRoot(start: string): string {
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
 * the owner: `migrate` and `seed` create tables, bulk load with COPY and rebuild rollups, which the
 * console's runtime role may not.
 */
export async function openDatabaseFromEnv(): Promise<Database> {
  const url = ownerUrlFromEnv();
  const database = url
    ? await createDatabase({ backend: "postgres", url })
    : await createDatabase({ backend: "pglite", dataDir: resolve(process.env.PB_DATA_DIR || join(findRepoRoot(process.cwd()), ".data", "pglite")) });
  await migrateToLatest(database.db);
  return database;
}

export function describeDatabase(database: Database): string {
  if (database.backend === "pglite") return "embedded PGlite";
  return process.env.DATABASE_OWNER_URL ? "PostgreSQL (DATABASE_OWNER_URL)" : "PostgreSQL (DATABASE_URL)";
}
