import "server-only";
import { createDatabase, listExcessConnectionRights, migrateIfAllowed, type Database } from "@pb/db";
import { logger } from "@pb/log";
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
