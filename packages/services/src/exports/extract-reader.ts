import { sql, type Kysely, type RawBuilder } from "kysely";
import { enterCouncil, withCouncil, type Backend, type DB } from "@pb/db";

export type ExtractReadOptions<Row> = {
  councilId: string;
  batchSize: number;
  /** The whole query, for a server-side cursor. */
  query: RawBuilder<Row>;
  /** One page after a key, for paged reading. */
  page: (after: string | null) => RawBuilder<Row>;
  keyOf: (row: Row) => string;
};

/**
 * Reads a long query in batches with constant memory. On PostgreSQL, one council-scoped
 * transaction holds a server-side cursor (DECLARE … FETCH), so the rows are one snapshot. On
 * PGlite, which has one connection for everyone, each page is its own short transaction read by
 * key, so other requests are served between pages.
 */
export function readInBatches<Row>(database: { db: Kysely<DB>; backend: Backend }, options: ExtractReadOptions<Row>): AsyncGenerator<Row[]> {
  return database.backend === "postgres" ? readWithCursor(database.db, options) : readByPages(database.db, options);
}

async function* readWithCursor<Row>(db: Kysely<DB>, options: ExtractReadOptions<Row>): AsyncGenerator<Row[]> {
  const trx = await db.startTransaction().execute();
  let finished = false;
  try {
    await enterCouncil(trx, options.councilId);
    // A cursor is planned for its first rows by default (nested loops); this one is read to the end.
    await sql`set local cursor_tuple_fraction = 1`.execute(trx);
    await sql`declare pb_extract no scroll cursor for ${options.query}`.execute(trx);
    // One batch is fetched ahead while the caller writes the last: the database and Node work side by
    // side, and memory holds two batches at most.
    const fetchNext = () => sql<Row>`fetch forward ${sql.lit(options.batchSize)} from pb_extract`.execute(trx).then((r) => r.rows);
    let next: Promise<Row[]> | null = fetchNext();
    try {
      for (;;) {
        const rows: Row[] = await next;
        if (rows.length === 0) break;
        next = fetchNext();
        yield rows;
      }
    } finally {
      await next?.catch(() => undefined);
      next = null;
    }
    await sql`close pb_extract`.execute(trx);
    await trx.commit().execute();
    finished = true;
  } finally {
    // The reader stopped early (a closed download) or failed: give the connection back clean.
    if (!finished) await trx.rollback().execute().catch(() => undefined);
  }
}

async function* readByPages<Row>(db: Kysely<DB>, options: ExtractReadOptions<Row>): AsyncGenerator<Row[]> {
  let after: string | null = null;
  for (;;) {
    const page: RawBuilder<Row> = options.page(after);
    const { rows } = await withCouncil(db, options.councilId, (trx) => page.execute(trx));
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1];
    if (rows.length < options.batchSize || last === undefined) return;
    after = options.keyOf(last);
  }
}
