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

/** The same choice the console makes: PostgreSQL when DATABASE_URL is set, else the embedded folder. */
export async function openDatabaseFromEnv(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const database = url
    ? await createDatabase({ backend: "postgres", url })
    : await createDatabase({ backend: "pglite", dataDir: resolve(process.env.PB_DATA_DIR || join(findRepoRoot(process.cwd()), ".data", "pglite")) });
  await migrateToLatest(database.db);
  return database;
}

export function describeDatabase(database: Database): string {
  return database.backend === "postgres" ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite";
}
