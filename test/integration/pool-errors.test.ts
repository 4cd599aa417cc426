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
    const logged = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
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
      const lines = logged.mock.calls.map(([chunk]) => String(chunk)).filter((line) => line.includes("idle_connection_closed"));
      expect(lines.map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ level: "error", event: "database.idle_connection_closed", code: "57P01" })]);
      expect(lines.join("")).not.toContain("terminating connection");
      const again = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(again.rows).toEqual([{ one: 1 }]);
    } finally {
      logged.mockRestore();
    }
  });
});
