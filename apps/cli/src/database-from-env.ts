import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createDatabase, migrateToLatest, type Database } from "@pb/db";
import type { BackupTarget } from "@pb/db/backup";

function findRepoRoot(start: string): string {
  let dir = start;
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    dir = dirname(dir);
  }
  return start;
}

/** The same choice the console makes: PostgreSQL when DATABASE_URL is set, else the embedded folder. */
export function databaseTargetFromEnv(): BackupTarget {
  const url = process.env.DATABASE_URL;
  return url ? { backend: "postgres", url } : { backend: "pglite", dataDir: resolve(process.env.PB_DATA_DIR || join(findRepoRoot(process.cwd()), ".data", "pglite")) };
}

export async function openDatabaseFromEnv(): Promise<Database> {
  const target = databaseTargetFromEnv();
  const database = await createDatabase(target);
  await migrateToLatest(database.db);
  return database;
}

export function describeTarget(target: BackupTarget): string {
  return target.backend === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite (${target.dataDir})`;
}

export function describeDatabase(database: Database): string {
  return database.backend === "postgres" ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite";
}
