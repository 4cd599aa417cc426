import "server-only";
import { checkReadiness, createDatabase, listExcessConnectionRights, migrateIfAllowed, UNREACHABLE, type Database } from "@pb/db";
import { errorFacts, logger } from "@pb/log";
import { env } from "~/env";

// One database per server process (PGlite allows one), kept across hot reloads in development.
// The connection and the migrated database are held apart so that the readiness probe can ask a
// connection whose schema is behind (which the runtime role may not migrate) what state it is in.
const holder = globalThis as unknown as { pbConnection?: Promise<Database>; pbDatabase?: Promise<Database> };

function connect(): Promise<Database> {
  return env.databaseUrl
    ? createDatabase({ backend: "postgres", url: env.databaseUrl })
    : createDatabase({ backend: "pglite", dataDir: env.dataDir });
}

async function open(): Promise<Database> {
  const database = await getConnection();
  // DATABASE_URL is the runtime role in production (ADR 0004): it cannot migrate, and needs not when `pnpm pb migrate` has run.
  await migrateIfAllowed(database.db);
  if (database.backend === "postgres" && env.production) {
    const excess = await listExcessConnectionRights(database.db);
    if (excess.length) logger.warn("database.role_has_excess_rights", { rights: excess.join(", "), advice: "connect as the runtime role (README, Production set-up)" });
  }
  return database;
}

/** The connection as it is, migrated or not: for the readiness probe alone. */
export function getConnection(): Promise<Database> {
  holder.pbConnection ??= connect().catch((error: unknown) => {
    holder.pbConnection = undefined;
    throw error;
  });
  return holder.pbConnection;
}

/** The database, migrated to this build's schema (or refused with how to migrate it). */
export function getDatabase(): Promise<Database> {
  holder.pbDatabase ??= open().catch((error: unknown) => {
    holder.pbDatabase = undefined;
    throw error;
  });
  return holder.pbDatabase;
}

/**
 * At the server's start (instrumentation.ts): open and migrate when this connection may. A schema the
 * runtime role may not migrate, or a database that does not answer, leaves the server up, alive and
 * not ready (/readyz says which) rather than failing every answer, /healthz included. Each request
 * opens again, so once the owner has run `pb migrate` the console serves without a restart.
 */
export async function openAtStart(): Promise<void> {
  try {
    await getDatabase();
  } catch (error) {
    const readiness = await getConnection()
      .then((connection) => checkReadiness(connection.db))
      .catch(() => UNREACHABLE);
    logger.error("database.not_ready_at_start", {
      database: readiness.database,
      migrations: readiness.migrations,
      ...errorFacts(error),
      advice: "run `pb migrate` as the owner (DATABASE_OWNER_URL; `node pb.mjs migrate` in a release folder); no restart is needed after",
    });
  }
}
