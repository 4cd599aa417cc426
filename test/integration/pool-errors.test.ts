import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi, inject } from "vitest";
import { createDatabase, type Database } from "@pb/db";

// Issue 19, item 6: a pooled connection killed while idle (a server restart, an administrator) must
// not crash the process; the pool drops it and the next query opens another.
const onPostgres = process.env.PB_TEST_BACKEND === "postgres";

describe.runIf(onPostgres)("a killed idle connection", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createDatabase({ backend: "postgres", url: inject("postgresUrl"), poolSize: 1 });
  });
  afterAll(async () => database?.close());

  it("is logged without its message, and the next query works", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
      const pool = database.raw.pg;
      if (!pool) throw new Error("a PostgreSQL database has a pool");
      const killer = new pg.Client({ connectionString: inject("postgresUrl") });
      await killer.connect();
      try {
        await killer.query("select pg_terminate_backend($1)", [rows[0]?.pid]);
      } finally {
        await killer.end();
      }
      // No listener of the test's own: one would hide the uncaught error this guards against.
      await vi.waitFor(() => expect(pool.totalCount).toBe(0), { timeout: 5_000 });
      expect(logged).toHaveBeenCalledWith("pb: an idle database connection was closed (57P01); the next query opens a new one");
      const again = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(again.rows).toEqual([{ one: 1 }]);
    } finally {
      logged.mockRestore();
    }
  });
});
