import { PassThrough, Readable } from "node:stream";
import type { Kysely } from "kysely";
import { withCouncil, type Backend, type DB } from "@pb/db";
import { formatColumnHeader, formatCsvRow, listExtractColumns, makeExtractCsvWriter, makeExtractRowWriter, type ExportCell, type ExportColumn, type ExportTable, type ExtractPrivacy } from "@pb/reports";
import { EXTRACTS, type ExtractFilter, type ExtractSourceRow, type ExtractKind } from "./extract-definitions";
import { selectGeneralised } from "./extract-generalised";
import { readInBatches } from "./extract-reader";
import { derivePseudonymPads, getPseudonymSecret } from "./pseudonym";
import { writeStreamedSheet } from "./xlsx-workbook";

export type ExtractFormat = "csv" | "xlsx";

export type ExtractRequest = ExtractFilter & {
  kind: ExtractKind;
  format: ExtractFormat;
  /** Exact dates and amounts, or months and amount bands: the file's columns follow from it. */
  privacy: ExtractPrivacy;
  /** Coarsened rows: the fewest children that must share every row's values (the council's small-count threshold). */
  groupSize?: number;
  /** The About sheet of an XLSX extract (filters, policy versions, when made); CSV has one table only. */
  about?: ExportTable;
  /**
   * Rows per database round trip. 2,000: a batch and the one fetched ahead stay small enough that
   * their rows die young (a CSV extract of a million rows peaked some 25 MB lower than at 5,000, at
   * the same rate), and round trips stay few.
   */
  batchSize?: number;
  onProgress?: (rowsWritten: number) => void;
};

const DEFAULT_BATCH = 2000;

/**
 * The row-level extract of budgets or payments as a stream of file bytes, children pseudonymised
 * with the council's key and ages in bands. Memory stays flat: rows are read in batches and each
 * batch is written before the next is read (the consumer's pace sets the reader's).
 */
export function streamExtract(database: { db: Kysely<DB>; backend: Backend }, request: ExtractRequest): Readable {
  const { title } = EXTRACTS[request.kind];
  const columns = listFileColumns(request);
  if (request.format === "csv") {
    const writeLines = makeExtractCsvWriter(EXTRACTS[request.kind].columns, request.privacy, fixedColumns(request));
    return Readable.from(
      (async function* () {
        yield formatCsvRow(columns.map(formatColumnHeader));
        for await (const { rows, rungs } of readDefinedRows(database, request)) yield writeLines(rows, rungs);
      })(),
      { objectMode: false, highWaterMark: 1 << 16 },
    );
  }
  const output = new PassThrough({ highWaterMark: 1 << 20 });
  const about = request.about ?? { id: "about", title: "About", columns: [{ key: "item", label: "Item", kind: "text" }], rows: [] };
  writeStreamedSheet(output, title, columns, readExtractCells(database, request), about).catch((error: unknown) => output.destroy(error as Error));
  return output;
}

/** The file's columns: each code with its words beside it, and exact or coarsened dates and amounts. */
export function listFileColumns(request: { kind: ExtractKind; privacy: ExtractPrivacy }): ExportColumn[] {
  return listExtractColumns(EXTRACTS[request.kind].columns, request.privacy);
}

/** The extract's rows as the file's cells (listFileColumns), a batch at a time; the pseudonym key is read once, in the council's scope, and hashing happens in SQL. */
export async function* readExtractCells(database: { db: Kysely<DB>; backend: Backend }, request: ExtractRequest): AsyncGenerator<ExportCell[][]> {
  const toFileCells = makeExtractRowWriter(EXTRACTS[request.kind].columns, request.privacy, fixedColumns(request));
  for await (const { rows, rungs } of readDefinedRows(database, request)) yield rows.map((cells, i) => toFileCells(cells, rungs?.[i] ?? 0));
}

// A code column the extract's filter holds to one value keeps it at every rung (makeExtractRowWriter).
function fixedColumns(request: ExtractRequest): Set<string> {
  return new Set((["stream", "arrangement", "service", "ageBand"] as const).filter((key) => request[key]));
}

/**
 * The extract's rows, a batch at a time, as one cell per defined column, with the rung each coarsened
 * row reached (null for pseudonymised rows, which are all exact).
 */
async function* readDefinedRows(database: { db: Kysely<DB>; backend: Backend }, request: ExtractRequest): AsyncGenerator<{ rows: ExportCell[][]; rungs: number[] | null }> {
  const definition = EXTRACTS[request.kind];
  const batchSize = request.batchSize ?? DEFAULT_BATCH;
  let written = 0;
  const coarsened = request.privacy === "coarsened";
  const batches = coarsened ? readGeneralised(database, request, batchSize) : await readPseudonymised(database, request, batchSize);
  for await (const batch of batches) {
    // A coarsened row has no pseudonym fields: their cells are undefined, and its writers leave those columns out.
    const rows = batch.map((row) => definition.toCells(row as ExtractSourceRow));
    written += rows.length;
    yield { rows, rungs: coarsened ? batch.map((row) => Number((row as Record<string, unknown>).rung)) : null };
    request.onProgress?.(written);
  }
}

async function readPseudonymised(database: { db: Kysely<DB>; backend: Backend }, request: ExtractRequest, batchSize: number) {
  const definition = EXTRACTS[request.kind];
  const secret = await withCouncil(database.db, request.councilId, (trx) => getPseudonymSecret(trx, request.councilId));
  const pads = derivePseudonymPads(secret);
  return readInBatches(database, {
    councilId: request.councilId,
    batchSize,
    query: definition.select(request, pads, null, null),
    page: (after) => definition.select(request, pads, after, batchSize),
    keyOf: (row) => row.key,
  });
}

/** Coarsened rows carry no pseudonym: no key is read, and each row comes with the rung it reached. */
function readGeneralised(database: { db: Kysely<DB>; backend: Backend }, request: ExtractRequest, batchSize: number) {
  const k = request.groupSize;
  if (k === undefined) throw new RangeError("a coarsened extract needs the council's small-count threshold (groupSize)");
  const definition = EXTRACTS[request.kind];
  return readInBatches(database, {
    councilId: request.councilId,
    batchSize,
    query: selectGeneralised(definition, request, k, null, null),
    page: (after) => selectGeneralised(definition, request, k, after, batchSize),
    keyOf: (row) => row.key,
  });
}

/** How many rows an extract will have, for the progress bar. */
export async function countExtractRows(db: Kysely<DB> | Parameters<Parameters<typeof withCouncil>[2]>[0], filter: ExtractFilter & { kind: ExtractKind }): Promise<number> {
  const { rows } = await EXTRACTS[filter.kind].count(filter).execute(db);
  return Number(rows[0]?.n ?? 0);
}
