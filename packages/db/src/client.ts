import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import type { Pool } from "pg";
import { logger } from "@pb/log";
import type { DB } from "./schema";

export type Backend = "pglite" | "postgres";

export type DatabaseOptions =
  /** PostgreSQL through pg, for production and CI. */
  | { backend: "postgres"; url: string; poolSize?: number }
  /** Embedded PostgreSQL (PGlite): a folder on disk, or in memory when dataDir is omitted. */
  | { backend: "pglite"; dataDir?: string };

export type Database = {
  db: Kysely<DB>;
  backend: Backend;
  /** Runs raw SQL outside Kysely, e.g. COPY in benchmarks; for PGlite, `exec` of its own client. */
  raw: { pg?: Pool; pglite?: PGlite };
  close: () => Promise<void>;
};

const INT8 = 20;
const DATE = 1082;
const NUMERIC = 1700;

// Money is bigint pence in SQL; any sum beyond 2^53 pence (£90 trillion) is a bug, so refuse it.
function parseSafeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`integer out of safe range: ${value}`);
  return n;
}

// Numerics come from avg() and percentiles; integral ones are parsed exactly, others as numbers.
function parseNumeric(value: string): number {
  return value.includes(".") ? Number(value) : parseSafeInteger(value);
}

/**
 * An idle pooled connection that fails (the server restarted, or an administrator ended it) is
 * dropped by the pool, which opens another when next needed. Without a listener, Node would treat
 * the event as an uncaught error. Only the SQLSTATE code is logged: a message may quote data.
 */
export function logIdleConnectionError(error: Error & { code?: unknown }): void {
  const code = typeof error.code === "string" && /^[0-9A-Z]{5}$/.test(error.code) ? error.code : "no code";
  // The pool opens a new connection on the next query; nothing for the operator to do unless these repeat.
  logger.error("database.idle_connection_closed", { code });
}

/**
 * A connection lost while a request holds it emits an error on the connection itself as well: the
 * request fails on its own query's error and rolls back, so that event needs only a listener.
 */
function keepConnectionLossesFromCrashing(pool: Pool): void {
  pool.on("error", logIdleConnectionError);
  pool.on("connect", (client) => client.on("error", () => undefined));
}

export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.backend === "postgres") {
    const pg = await import("pg");
    const types = pg.default.types;
    types.setTypeParser(INT8, parseSafeInteger);
    types.setTypeParser(DATE, (v: string) => v);
    types.setTypeParser(NUMERIC, parseNumeric);
    const pool = new pg.default.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    keepConnectionLossesFromCrashing(pool);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, backend: "postgres", raw: { pg: pool }, close: () => db.destroy() };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { PGliteDialect } = await import("kysely-pglite-dialect");
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir ?? "memory://", {
    parsers: { [INT8]: parseSafeInteger, [DATE]: (v: string) => v, [NUMERIC]: parseNumeric },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return { db, backend: "pglite", raw: { pglite: client }, close: () => db.destroy() };
}
