import type { PGlite } from "@electric-sql/pglite";
import type { Pool, PoolClient } from "pg";
import type { Database } from "../../client";
import { COPY_COLUMNS, LOAD_ORDER, type CopyBatch, type CopyTable } from "./copy-rows";
import { loadCopyStreams } from "./copy-streams";

/** One connection that loads rows: plain statements, COPY, and a transaction around each council. */
export type ScaleLoader = {
  query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  copy: (table: CopyTable, data: readonly Buffer[]) => Promise<void>;
  /** True when this connection may turn off triggers, foreign key checks included, inside a transaction. */
  canSkipTriggers: () => Promise<boolean>;
  release: () => Promise<void>;
};

function copyStatement(table: CopyTable, source: string): string {
  return `copy ${table} (${COPY_COLUMNS[table].join(", ")}) from ${source}`;
}

async function openPostgresLoader(pool: Pool): Promise<ScaleLoader> {
  const client: PoolClient = await pool.connect();
  const { from } = await loadCopyStreams();
  return {
    query: async (text, params) => ({ rows: (await client.query(text, params)).rows as Record<string, unknown>[] }),
    copy: (table, data) =>
      new Promise<void>((resolve, reject) => {
        const stream = client.query(from(copyStatement(table, "stdin")) as never) as unknown as NodeJS.WritableStream;
        stream.on("error", reject);
        stream.on("finish", () => resolve());
        for (const chunk of data) stream.write(chunk);
        stream.end();
      }),
    canSkipTriggers: async () => (await client.query("show is_superuser")).rows[0]?.is_superuser === "on",
    release: async () => client.release(),
  };
}

function openPgliteLoader(pglite: PGlite): ScaleLoader {
  return {
    query: async (text, params) => ({ rows: (await pglite.query(text, params)).rows as Record<string, unknown>[] }),
    // PGlite reads COPY input from a blob it mounts at /dev/blob. Blob takes only bytes over a plain
    // ArrayBuffer, so one batch is copied once (a batch is a few megabytes).
    copy: async (table, data) => {
      await pglite.query(copyStatement(table, "'/dev/blob'"), [], { blob: new Blob(data.map((chunk) => new Uint8Array(chunk))) });
    },
    canSkipTriggers: async () => true,
    release: async () => undefined,
  };
}

export async function openScaleLoader(database: Database): Promise<ScaleLoader> {
  if (database.raw.pg) return openPostgresLoader(database.raw.pg);
  if (database.raw.pglite) return openPgliteLoader(database.raw.pglite);
  throw new Error("the scale seed needs PostgreSQL or PGlite underneath");
}

/** Every table of a batch, parents first; returns the rows written per table. */
export async function copyBatch(loader: ScaleLoader, batch: CopyBatch): Promise<void> {
  for (const table of LOAD_ORDER) {
    const data = batch.buffers(table);
    if (data.length) await loader.copy(table, data);
  }
}
