import { inject } from "vitest";
import { createDatabase, migrateToLatest, type Database } from "@pb/db";

/** A migrated database for one test file: in-memory PGlite, or this run's PostgreSQL database. */
export async function openTestDatabase(): Promise<Database> {
  const backend = process.env.PB_TEST_BACKEND === "postgres" ? "postgres" : "pglite";
  const database =
    backend === "postgres"
      ? await createDatabase({ backend: "postgres", url: inject("postgresUrl"), poolSize: 4 })
      : await createDatabase({ backend: "pglite" });
  await migrateToLatest(database.db);
  return database;
}
