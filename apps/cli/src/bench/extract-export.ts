import { createWriteStream, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql, type CompiledQuery } from "kysely";
import { createDatabase, type Database } from "@pb/db";
import { loadCopyStreams } from "@pb/db/seed";
import { derivePseudonymPads, EXTRACTS, listFileColumns, readExtractCells, streamExtract, writeStreamedSheet, type ExtractFilter } from "@pb/services";
import { peakRssMb } from "./bench-stats";

export type ExtractExportResult = {
  format: "csv" | "xlsx";
  rows: number;
  councils: number;
  nodeSeconds: number;
  nodeRowsPerSecond: number;
  copySeconds: number | null;
  copyRowsPerSecond: number | null;
  peakRssMb: number;
  nodeBytes: number;
};

const ALL_TIME = { from: "2000-01-01", to: "2099-12-31" };

/**
 * The product's own row-level payments extract (streamExtract: council-scoped cursor, pseudonyms
 * hashed in SQL, the CSV formatter), written to a file for the largest councils until `rows` rows
 * are out; then PostgreSQL's COPY of exactly the same query. Run in a process of its own so that its
 * peak memory is the export's.
 */
export async function benchmarkCsvExtract(url: string, rows: number): Promise<ExtractExportResult> {
  const database = await createDatabase({ backend: "postgres", url, poolSize: 2 });
  const file = join(tmpdir(), `pb-bench-extract-${process.pid}.csv`);
  const copyFile = join(tmpdir(), `pb-bench-copy-${process.pid}.csv`);
  try {
    const councils = await councilsForRows(database, rows);
    let written = 0;
    const started = performance.now();
    const out = createWriteStream(file);
    for (const councilId of councils) {
      let councilRows = 0;
      const body = streamExtract(database, { kind: "payments", format: "csv", privacy: "pseudonymised", councilId, ...ALL_TIME, onProgress: (n) => (councilRows = n) });
      await pipeline(body, out, { end: false });
      written += councilRows;
    }
    out.end();
    await once(out, "finish");
    const nodeSeconds = (performance.now() - started) / 1000;

    const { to } = await loadCopyStreams();
    const pool = database.raw.pg;
    if (!pool) throw new Error("the CSV benchmark needs PostgreSQL");
    const client = await pool.connect();
    const copyStarted = performance.now();
    try {
      const copyOut = createWriteStream(copyFile);
      for (const councilId of councils) {
        const query = await extractQuery(database, { councilId, ...ALL_TIME });
        const stream = client.query(to(`copy (${inlineParameters(query)}) to stdout with (format csv, header)`) as never) as unknown as NodeJS.ReadableStream;
        await pipeline(stream, copyOut, { end: false });
      }
      copyOut.end();
      await once(copyOut, "finish");
    } finally {
      client.release();
    }
    const copySeconds = (performance.now() - copyStarted) / 1000;
    return {
      format: "csv", rows: written, councils: councils.length, nodeSeconds, nodeRowsPerSecond: Math.round(written / nodeSeconds),
      copySeconds, copyRowsPerSecond: Math.round(written / copySeconds), peakRssMb: peakRssMb(), nodeBytes: statSync(file).size,
    };
  } finally {
    await database.close();
    rmSync(file, { force: true });
    rmSync(copyFile, { force: true });
  }
}

/** The product's XLSX writer (exceljs streaming, a row committed as written) over the first `rows` rows of the largest council's extract. */
export async function benchmarkXlsxExtract(url: string, rows: number): Promise<ExtractExportResult> {
  const database = await createDatabase({ backend: "postgres", url, poolSize: 2 });
  const file = join(tmpdir(), `pb-bench-extract-${process.pid}.xlsx`);
  try {
    const [councilId] = await councilsForRows(database, 1);
    if (!councilId) throw new Error("no council to export");
    let written = 0;
    async function* firstRows() {
      for await (const batch of readExtractCells(database, { kind: "payments", format: "xlsx", privacy: "pseudonymised", councilId: councilId as string, ...ALL_TIME })) {
        const room = rows - written;
        const part = batch.length > room ? batch.slice(0, room) : batch;
        written += part.length;
        yield part;
        if (written >= rows) return;
      }
    }
    const started = performance.now();
    const output = new PassThrough({ highWaterMark: 1 << 20 });
    const about = { id: "about", title: "About", columns: [{ key: "item", label: "Item", kind: "text" as const }], rows: [{ item: "Benchmark extract" }] };
    const done = pipeline(output, createWriteStream(file));
    await writeStreamedSheet(output, EXTRACTS.payments.title, listFileColumns({ kind: "payments", privacy: "pseudonymised" }), firstRows(), about);
    output.end();
    await done;
    const nodeSeconds = (performance.now() - started) / 1000;
    return {
      format: "xlsx", rows: written, councils: 1, nodeSeconds, nodeRowsPerSecond: Math.round(written / nodeSeconds),
      copySeconds: null, copyRowsPerSecond: null, peakRssMb: peakRssMb(), nodeBytes: statSync(file).size,
    };
  } finally {
    await database.close();
    rmSync(file, { force: true });
  }
}

/** The largest councils by payments, as many as it takes to reach `rows`. */
async function councilsForRows(database: Database, rows: number): Promise<string[]> {
  const { rows: counts } = await sql<{ council_id: string; n: number }>`select council_id, count(*)::int as n from payment group by council_id order by n desc, council_id`.execute(database.db);
  const out: string[] = [];
  let total = 0;
  for (const c of counts) {
    if (total >= rows) break;
    out.push(c.council_id);
    total += c.n;
  }
  return out;
}

async function extractQuery(database: Database, filter: ExtractFilter): Promise<CompiledQuery> {
  const secret = await database.db.selectFrom("council_secret").select("secret_hex").where("council_id", "=", filter.councilId).where("purpose", "=", "pseudonym").executeTakeFirstOrThrow();
  return EXTRACTS.payments.select(filter, derivePseudonymPads(secret.secret_hex), null, null).compile(database.db);
}

/** COPY takes no bind parameters: the compiled query's own values, written as SQL literals. */
export function inlineParameters(query: CompiledQuery): string {
  return query.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = query.parameters[Number(n) - 1];
    if (Buffer.isBuffer(value)) return `'\\x${value.toString("hex")}'`;
    if (typeof value === "number") return String(value);
    return `'${String(value).replace(/'/g, "''")}'`;
  });
}
