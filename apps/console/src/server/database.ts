import "server-only";
import { createDatabase, listExcessConnectionRights, migrateIfAllowed, type Database } from "@pb/db";
import { env } from "~/env";

// One database per server process (PGlite allows one), kept across hot reloads in development.
const holder = globalThis as unknown as { pbDatabase?: Promise<Database> };

async function open(): Promise<Database> {
  const database = env.databaseUrl
    ? await createDatabase({ backend: "postgres", url: env.databaseUrl })
    : await createDatabase({ backend: "pglite", dataDir: env.dataDir });
  // DATABASE_URL is the runtime role in production (ADR 0004): it cannot migrate, and needs not when `pnpm pb migrate` has run.
  await migrateIfAllowed(database.db);
  if (database.backend === "postgres" && env.production) {
    const excess = await listExcessConnectionRights(database.db);
    if (excess.length) console.warn(`pb: DATABASE_URL's role ${excess.join(", ")}: connect as the runtime role (README, Production set-up)`);
  }
  return database;
}

export function getDatabase(): Promise<Database> {
  holder.pbDatabase ??= open().catch((error: unknown) => {
    holder.pbDatabase = undefined;
    throw error;
  });
  return holder.pbDatabase;
}
