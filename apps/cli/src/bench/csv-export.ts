import { createWriteStream, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { loadCopyStreams } from "@pb/db/seed";
import { formatCsvRow, penceToPoundsText } from "@pb/reports";
import { peakRssMb } from "./bench-stats";

export type CsvExportResult = { rows: number; nodeSeconds: number; nodeRowsPerSecond: number; copySeconds: number; copyRowsPerSecond: number; peakRssMb: number; nodeBytes: number; copyBytes: number };

const HEADER = ["payment_id", "budget_line_id", "stream", "arrangement", "due_on", "paid_on", "amount_gbp", "status"];
// The same rows for both: the first million payments in key order, read by index, so neither sorts.
const SELECT = `select id, budget_line_id, stream, arrangement, due_on::text as due_on, paid_on::text as paid_on, amount_pence, status from payment order by council_id, id limit $LIMIT`;
const SELECT_FOR_COPY = `select id, budget_line_id, stream, arrangement, due_on, paid_on,
  (amount_pence / 100)::text || '.' || lpad((amount_pence % 100)::text, 2, '0') as amount_gbp, status from payment order by council_id, id limit $LIMIT`;
const FETCH_ROWS = 5_000;

/**
 * A row-level payments extract written to a file, twice: through a cursor and the CSV formatter in
 * Node (constant memory: one batch at a time, waiting for the file to drain), and by PostgreSQL's own
 * COPY … TO STDOUT. Run in a process of its own so that its peak memory is the export's.
 */
export async function benchmarkCsvExport(url: string, rows: number): Promise<CsvExportResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const nodeFile = join(tmpdir(), `pb-bench-node-${process.pid}.csv`);
  const copyFile = join(tmpdir(), `pb-bench-copy-${process.pid}.csv`);
  try {
    const nodeStarted = performance.now();
    let written = 0;
    await client.query("begin");
    await client.query(`declare extract no scroll cursor for ${SELECT.replace("$LIMIT", String(rows))}`);
    const out = createWriteStream(nodeFile);
    out.write(formatCsvRow(HEADER));
    // The next batch is asked for before this one is formatted, so PostgreSQL and Node work at once.
    const fetchBatch = () => client.query<unknown[]>({ text: `fetch forward ${FETCH_ROWS} from extract`, rowMode: "array" });
    let pending = fetchBatch();
    for (;;) {
      const batch = await pending;
      if (!batch.rows.length) break;
      pending = fetchBatch();
      let text = "";
      for (const r of batch.rows as (string | null)[][]) {
        text += formatCsvRow([r[0] ?? null, r[1] ?? null, r[2] ?? null, r[3] ?? null, r[4] ?? null, r[5] ?? null, penceToPoundsText(Number(r[6])), r[7] ?? null]);
      }
      written += batch.rows.length;
      if (!out.write(text)) await once(out, "drain");
    }
    await client.query("close extract");
    await client.query("commit");
    out.end();
    await once(out, "finish");
    const nodeSeconds = (performance.now() - nodeStarted) / 1000;

    const { to } = await loadCopyStreams();
    const copyStarted = performance.now();
    const stream = client.query(to(`copy (${SELECT_FOR_COPY.replace("$LIMIT", String(rows))}) to stdout with (format csv, header)`) as never) as unknown as NodeJS.ReadableStream;
    await pipeline(stream, createWriteStream(copyFile));
    const copySeconds = (performance.now() - copyStarted) / 1000;
    return {
      rows: written,
      nodeSeconds,
      nodeRowsPerSecond: Math.round(written / nodeSeconds),
      copySeconds,
      copyRowsPerSecond: Math.round(written / copySeconds),
      peakRssMb: peakRssMb(),
      nodeBytes: statSync(nodeFile).size,
      copyBytes: statSync(copyFile).size,
    };
  } finally {
    await client.end();
    rmSync(nodeFile, { force: true });
    rmSync(copyFile, { force: true });
  }
}
