import { inject } from "vitest";
import type { Kysely } from "kysely";
import pg from "pg";
import { createDatabase, migrateToLatest, type Database, type DB } from "@pb/db";

// On PostgreSQL each test database has a second connection as the runtime role, the console's in
// production (ADR 0004): tests seed through the owner's and call procedures through this one.
const runtimeOf = new WeakMap<Kysely<DB>, Kysely<DB>>();

/** The runtime role's connection to the same database as `db` (the owner's), or `db` itself on PGlite. */
export function runtimeDbFor(db: Kysely<DB>): Kysely<DB> {
  return runtimeOf.get(db) ?? db;
}

async function withRuntime(owner: Database, url: string): Promise<Database> {
  const runtime = await openRuntimeDatabase(url);
  runtimeOf.set(owner.db, runtime.db);
  return {
    ...owner,
    close: async () => {
      await runtime.close();
      await owner.close();
    },
  };
}

/** A migrated database for one test file: in-memory PGlite, or this run's PostgreSQL database. */
export async function openTestDatabase(): Promise<Database> {
  if (process.env.PB_TEST_BACKEND !== "postgres") {
    const database = await createDatabase({ backend: "pglite" });
    await migrateToLatest(database.db);
    return database;
  }
  const url = inject("postgresUrl");
  const database = await createDatabase({ backend: "postgres", url, poolSize: 4 });
  await migrateToLatest(database.db);
  return withRuntime(database, url);
}

/**
 * A database of the file's own: in-memory PGlite, or on PostgreSQL a database made afresh beside the
 * run's (dropped by `close`), for a suite whose seeds and settings would race the other files in the
 * shared one (the scale seed's own test deletes and re-creates the same councils).
 */
export async function openOwnTestDatabase(suffix: string): Promise<Database> {
  if (process.env.PB_TEST_BACKEND !== "postgres") return openTestDatabase();
  const runUrl = new URL(inject("postgresUrl"));
  const { name, url } = await createEmptyPostgresDatabase(suffix);
  const owner = await createDatabase({ backend: "postgres", url: url.toString(), poolSize: 4 });
  await migrateToLatest(owner.db);
  const database = await withRuntime(owner, url.toString());
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: runUrl.toString() });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`).finally(() => dropper.end());
    },
  };
}

/**
 * An empty PostgreSQL database beside the run's, made afresh (dropped first if a crashed run left it): its name and owner URL.
 * Outside the integration projects (the browser tests have no run database), pass the server's URL.
 */
export async function createEmptyPostgresDatabase(suffix: string, beside: string = inject("postgresUrl")): Promise<{ name: string; url: URL }> {
  const runUrl = new URL(beside);
  const name = `${runUrl.pathname.slice(1)}_${suffix.replace(/[^a-z0-9_]/g, "_")}`;
  const admin = new pg.Client({ connectionString: runUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(runUrl);
  url.pathname = `/${name}`;
  return { name, url };
}

/** The runtime role the PostgreSQL tests connect as: the README's production set-up, under a name of the tests' own. */
export const TEST_RUNTIME_ROLE = "pb_runtime_test";
const TEST_RUNTIME_PASSWORD = "pb-runtime-test";

/**
 * A second connection to this run's PostgreSQL database as the console connects in production
 * (README, "Production set-up"): a login role in pb_app, made by the owner after `pb migrate`.
 * Roles belong to the whole server, and files run in parallel: creating it is idempotent.
 */
export async function openRuntimeDatabase(databaseUrl: string = inject("postgresUrl"), poolSize = 2): Promise<Database> {
  const ownerUrl = new URL(databaseUrl);
  const owner = new pg.Client({ connectionString: ownerUrl.toString() });
  await owner.connect();
  try {
    await owner.query(`do $$ begin
      create role ${TEST_RUNTIME_ROLE} login password '${TEST_RUNTIME_PASSWORD}' in role pb_app;
    exception when duplicate_object or unique_violation then null; end $$`);
  } finally {
    await owner.end();
  }
  const url = new URL(ownerUrl);
  url.username = TEST_RUNTIME_ROLE;
  url.password = TEST_RUNTIME_PASSWORD;
  return createDatabase({ backend: "postgres", url: url.toString(), poolSize });
}
