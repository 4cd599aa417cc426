import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { checkReadiness, createDatabase, type Database } from "@pb/db";
import { createEmptyPostgresDatabase, openTestDatabase, runtimeDbFor } from "./support/database";

// Issue 22: /readyz answers from checkReadiness on the console's own connection (the runtime role).
const onPostgres = process.env.PB_TEST_BACKEND === "postgres";

describe("checkReadiness", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database?.close());

  it("is ready on a migrated database, asked as the runtime role", async () => {
    expect(await checkReadiness(runtimeDbFor(database.db))).toEqual({ ready: true, database: "reachable", migrations: "current" });
  });

  it("is not ready on a database no migration has run on", async () => {
    if (!onPostgres) {
      const empty = await createDatabase({ backend: "pglite" });
      try {
        expect(await checkReadiness(empty.db)).toEqual({ ready: false, database: "reachable", migrations: "pending" });
      } finally {
        await empty.close();
      }
      return;
    }
    const { name, url } = await createEmptyPostgresDatabase(`readiness_${process.pid}`);
    const empty = await createDatabase({ backend: "postgres", url: url.toString(), poolSize: 1 });
    try {
      expect(await checkReadiness(empty.db)).toEqual({ ready: false, database: "reachable", migrations: "pending" });
    } finally {
      await empty.close();
      const admin = new pg.Client({ connectionString: inject("postgresUrl") });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`).finally(() => admin.end());
    }
  });

  it("says unreachable, not pending, when the server does not answer", async () => {
    // A server that is down, on either backend's run: nothing listens on port 1.
    const gone = await createDatabase({ backend: "postgres", url: "postgres://nobody@127.0.0.1:1/none", poolSize: 1 });
    try {
      expect(await checkReadiness(gone.db)).toEqual({ ready: false, database: "unreachable", migrations: "unknown" });
    } finally {
      await gone.close();
    }
  });
});
