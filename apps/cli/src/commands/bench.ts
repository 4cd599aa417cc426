import { spawn, spawnSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { createDatabase, migrateToLatest } from "@pb/db";
import pg from "pg";
import { SCALE_HISTORY_START, SCALE_TODAY, seedDemo } from "@pb/db/seed";
import { parseFlags, usageError } from "../io";
import { percentile, round } from "../bench/bench-stats";
import { formatTable, mergeIntoReport, writeReport, type BenchMeasure, type BenchReport } from "../bench/bench-results";
import { benchmarkCsvExtract, benchmarkXlsxExtract, type ExtractExportResult } from "../bench/extract-export";
import { prepareDataset, type PreparedDataset } from "../bench/bench-datasets";
import { countyMeasures, nationalMeasures } from "../bench/dashboard-measures";
import { measureDashboards } from "../bench/dashboards";
import { findRepoRoot, withDatabaseName } from "../bench/paths";
import { ownerUrlFromEnv } from "../database-from-env";
import { checkRollups } from "../bench/rollup-check";
import { timeNationalWhatIf } from "../bench/what-if-bench";
import { demoLoadRequests, loadMeasures, runLoad } from "../bench/load";

const log = (text: string) => process.stderr.write(`pb bench: ${text}\n`);
const CSV_ROWS = 1_000_000;
const LOAD_DATABASE = "pb_bench_load";
const XLSX_ROWS = 200_000;

/**
 * `pb bench [--pg <url>] [--database pb_bench] [--runs 200] [--only national|county] [--rebuild-rollups] [--part dashboards|load]`:
 * the national data set on PostgreSQL and the county one on PGlite, each seeded first when missing,
 * in databases of their own, then the load test on the demo seed. Prints a table and writes bench/results.json.
 */
export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, { values: ["part", "pg", "shard", "councils", "rows", "runs", "database", "clients", "seconds", "load-database", "out", "only"], switches: ["rebuild-rollups"] });
  if (flags.part === "what-if") return runWhatIfPart(flags.pg ?? "", flags.shard ?? "0/1", Number(flags.councils ?? 0));
  if (flags.part === "csv" || flags.part === "xlsx") return runExportPart(flags.part, flags.pg ?? "", Number(flags.rows ?? (flags.part === "csv" ? CSV_ROWS : XLSX_ROWS)));
  // The bench seeds and analyses its databases: the owner's connection.
  const serverUrl = flags.pg ?? ownerUrlFromEnv();
  // Enough runs that the 95th percentile is not one unlucky sample (the 10th slowest of 200, not the 2nd of 40).
  const runs = Number(flags.runs ?? 200);
  if (!Number.isInteger(runs) || runs < 5 || runs > 10_000) return usageError("--runs: a whole number from 5 to 10000");
  if (flags.part === "dashboards") return runDashboardsPart(serverUrl ?? "", flags.database ?? "pb_bench", runs);
  const load = { clients: Number(flags.clients ?? 20), seconds: Number(flags.seconds ?? 60) };
  if (!Number.isInteger(load.clients) || load.clients < 1 || load.clients > 200) return usageError("--clients: a whole number from 1 to 200");
  if (!Number.isFinite(load.seconds) || load.seconds <= 0 || load.seconds > 3600) return usageError("--seconds: a number of seconds up to 3600");
  if (flags.part === "load") return runLoadPart(serverUrl ?? null, flags["load-database"] ?? LOAD_DATABASE, load, flags.out ?? "results.json");
  const only = flags.only;
  if (only && only !== "national" && only !== "county") return usageError("--only: national or county");
  if (only !== "county" && !serverUrl) return usageError("the national benchmark needs PostgreSQL: set DATABASE_OWNER_URL or DATABASE_URL, or pass --pg <url> (or --only county)");
  const root = findRepoRoot();
  const measures: BenchMeasure[] = [];
  const checks: BenchReport["checks"] = [];
  const datasets: BenchReport["datasets"] = {};
  let postgresVersion: string | null = null;

  if (only !== "county" && serverUrl) {
    const url = withDatabaseName(serverUrl, flags.database ?? "pb_bench");
    await ensureDatabase(serverUrl, flags.database ?? "pb_bench");
    log(`national data set on PostgreSQL (${new URL(url).pathname.slice(1)})`);
    const national = await prepareDataset("national", { backend: "postgres", url }, { rebuildRollups: flags["rebuild-rollups"] === "true" });
    try {
      postgresVersion = String((await sql<{ v: string }>`select version() as v`.execute(national.database.db)).rows[0]?.v ?? "");
      if (national.seedMeasure) measures.push(national.seedMeasure);
      measures.push(...(await benchDashboards(national, "national", url, nationalMeasures(), runs)));
      measures.push(await benchWhatIf(url));
      checks.push(await checkRollups(national.database.db, "national", national.councils.map((c) => c.id)));
      datasets.national = { backend: "postgres", councils: national.councils.length, measured_council: national.measured.slug, rows: national.rows };
    } finally {
      await national.database.close();
    }
    log(`load: ${load.clients} clients for ${load.seconds} s on the demo seed (${LOAD_DATABASE})`);
    const loaded = await benchLoad(serverUrl, flags["load-database"] ?? LOAD_DATABASE, load);
    measures.push(...loaded.measures);
    datasets.demo = loaded.about;
    log("CSV extract of a million payments, in a process of its own");
    measures.push(csvMeasure(runExportChild("csv", url, CSV_ROWS)));
    log("XLSX extract of 200,000 payments, in a process of its own");
    measures.push(xlsxMeasure(runExportChild("xlsx", url, XLSX_ROWS)));
  }
  if (only !== "national") {
    log("county data set on PGlite (.data/bench-pglite)");
    const county = await prepareDataset("county", { backend: "pglite", dataDir: join(root, ".data", "bench-pglite") }, { rebuildRollups: flags["rebuild-rollups"] === "true" });
    try {
      if (county.seedMeasure) measures.push(county.seedMeasure);
      measures.push(...(await benchDashboards(county, "county", null, countyMeasures(), runs)));
      checks.push(await checkRollups(county.database.db, "county", county.councils.map((c) => c.id)));
      datasets.county = { backend: "pglite", councils: county.councils.length, measured_council: county.measured.slug, rows: county.rows };
    } finally {
      await county.database.close();
    }
  }

  const report: BenchReport = {
    ran_at: new Date().toISOString(),
    machine: { cpus: cpus().length, memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version, postgres: postgresVersion, load_average: loadavg().map((l) => round(l)) },
    datasets,
    measures,
    checks,
  };
  writeReport(join(root, "bench", flags.out ?? "results.json"), report);
  process.stdout.write(`${formatTable(measures)}\n\n${checks.map((c) => `${c.ok ? "ok " : "NOT"} ${c.name}: ${c.detail}`).join("\n")}\n`);
  log(`wrote bench/${flags.out ?? "results.json"}`);
  return measures.some((m) => m.met === false) || checks.some((c) => !c.ok) ? 1 : 0;
}

/** `url`: the PostgreSQL database, or null for PGlite (one connection, which every query shares). */
function benchDashboards(dataset: PreparedDataset, name: "national" | "county", url: string | null, list: ReturnType<typeof nationalMeasures>, runs: number) {
  log(`${list.length} dashboard queries on ${dataset.measured.slug}, ${runs} runs each through tRPC`);
  const db = dataset.database.db;
  const freshSession = url
    ? async () => {
        const session = await createDatabase({ backend: "postgres", url, poolSize: 1 });
        return { db: session.db, close: session.close };
      }
    : async () => ({ db, close: async () => undefined });
  return measureDashboards({ who: dataset.measured, dataset: name, backend: url ? "postgres" : "pglite", runs, freshSession }, list, name === "national" ? 100 : 300);
}

/**
 * The what-if over every request of every council, three times. Councils are independent (each is
 * its own transaction under its own policy), so they are shared out among one process per core, as
 * several console servers would serve them; the time is the slowest process's time in runWhatIf (the
 * drafts each council's what-if tries are opened before its clock starts and rolled back after).
 */
async function benchWhatIf(url: string): Promise<BenchMeasure> {
  const shards = Math.max(1, cpus().length);
  const totals: number[] = [];
  let lines = { checked: 0, changed: 0, councils: 0 };
  for (let i = 0; i < 3; i++) {
    const parts = await Promise.all(Array.from({ length: shards }, (_, k) => runWhatIfChild(url, `${k}/${shards}`)));
    // The processes run side by side: the national answer is ready when the slowest has checked its councils.
    const ms = Math.max(...parts.map((p) => p.ms));
    totals.push(ms);
    lines = parts.reduce((a, p) => ({ checked: a.checked + p.checked, changed: a.changed + p.changed, councils: a.councils + p.councils }), { checked: 0, changed: 0, councils: 0 });
    log(`what-if over ${lines.checked.toLocaleString("en-GB")} request lines of ${lines.councils} councils in ${shards} processes: ${(ms / 1000).toFixed(1)} s`);
  }
  const p95 = round(percentile(totals, 95));
  return {
    name: "what-if, every national request (no personal assistants)", dataset: "national", backend: "postgres", p50_ms: round(percentile(totals, 50)), p95_ms: p95,
    baseline: null, baseline_ms: null, ratio: null, rows_per_s: Math.round(lines.checked / (p95 / 1000)), peak_rss_mb: null, target: "< 10,000 ms", met: p95 < 10_000,
    note: `${lines.checked} lines checked, ${lines.changed} would change; councils shared among ${shards} processes, each council in its own transaction; 3 runs`,
  };
}

function runWhatIfChild(url: string, shard: string): Promise<{ councils: number; ms: number; checked: number; changed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? "", "bench", "--part", "what-if", "--pg", url, "--shard", shard], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop() ?? "{}")) : reject(new Error(`the what-if benchmark failed (exit ${code})`))));
  });
}

function runExportChild(part: "csv" | "xlsx", url: string, rows: number): ExtractExportResult {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? "", "bench", "--part", part, "--pg", url, "--rows", String(rows)], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (child.status !== 0) throw new Error(`the ${part} export benchmark failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as ExtractExportResult;
}

function csvMeasure(r: ExtractExportResult): BenchMeasure {
  const copyRate = r.copyRowsPerSecond ?? 0;
  const share = copyRate ? r.nodeRowsPerSecond / copyRate : 0;
  return {
    name: `CSV payments extract, ${r.rows.toLocaleString("en-GB")} rows (the product's streamExtract, pseudonymised)`, dataset: "national", backend: "postgres", p50_ms: null,
    p95_ms: round(r.nodeSeconds * 1000), baseline: "PostgreSQL COPY (same query) TO STDOUT csv", baseline_ms: r.copySeconds === null ? null : round(r.copySeconds * 1000), ratio: round(share),
    rows_per_s: r.nodeRowsPerSecond, peak_rss_mb: r.peakRssMb, target: "≥ 1/3 of COPY's rows/s and < 300 MB peak RSS", met: r.rows >= CSV_ROWS && share >= 1 / 3 && r.peakRssMb < 300,
    note: `COPY ${copyRate} rows/s; ${r.councils} largest councils one after another; ${r.nodeBytes} bytes; ratio here is the export's share of COPY's rate`,
  };
}

function xlsxMeasure(r: ExtractExportResult): BenchMeasure {
  return {
    name: `XLSX payments extract, ${r.rows.toLocaleString("en-GB")} rows (exceljs streaming writer)`, dataset: "national", backend: "postgres", p50_ms: null, p95_ms: round(r.nodeSeconds * 1000),
    baseline: null, baseline_ms: null, ratio: null, rows_per_s: r.nodeRowsPerSecond, peak_rss_mb: r.peakRssMb, target: "< 500 MB peak RSS",
    met: r.rows >= XLSX_ROWS && r.peakRssMb < 500, note: `${r.nodeBytes} bytes; the largest council's first rows`,
  };
}

async function runExportPart(part: "csv" | "xlsx", url: string, rows: number): Promise<number> {
  if (!url) return usageError(`--part ${part} needs --pg <url>`);
  const result = part === "csv" ? await benchmarkCsvExtract(url, rows) : await benchmarkXlsxExtract(url, rows);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

/** `--part what-if [--shard k/n] [--councils n]`: one what-if over every request of every nth council from the kth, largest first (the n largest only with --councils, for profiling). */
async function runWhatIfPart(url: string, shard: string, councils: number): Promise<number> {
  if (!url) return usageError("--part what-if needs --pg <url>");
  const [k, n] = shard.split("/").map(Number);
  if (!Number.isInteger(k) || !Number.isInteger(n) || (n ?? 0) < 1 || (k ?? -1) < 0 || (k ?? 0) >= (n ?? 0)) return usageError("--shard: k/n, with 0 <= k < n");
  const database = await createDatabase({ backend: "postgres", url, poolSize: 2 });
  try {
    const { rows } = await sql<{ id: string }>`select council_id as id from request_line group by council_id order by count(*) desc, council_id`.execute(database.db);
    const ids = rows.map((r) => r.id).slice(0, councils > 0 ? councils : undefined).filter((_, i) => i % (n ?? 1) === k);
    const result = await timeNationalWhatIf(database.db, ids, { from: SCALE_HISTORY_START, to: SCALE_TODAY });
    process.stdout.write(`${JSON.stringify({ councils: ids.length, ...result })}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

/** `--part dashboards`: the national dashboards alone, printed and not written, for tuning a query between full runs. */
async function runDashboardsPart(serverUrl: string, name: string, runs: number): Promise<number> {
  if (!serverUrl) return usageError("--part dashboards needs DATABASE_OWNER_URL or DATABASE_URL, or --pg <url>");
  const url = withDatabaseName(serverUrl, name);
  await ensureDatabase(serverUrl, name);
  const national = await prepareDataset("national", { backend: "postgres", url }, { rebuildRollups: false });
  try {
    const measures = await benchDashboards(national, "national", url, nationalMeasures(), runs);
    process.stdout.write(`${formatTable(measures)}\n\n${measures.map((m) => `${m.name}: ${m.note ?? ""}`).join("\n")}\n`);
    return measures.some((m) => m.met === false) ? 1 : 0;
  } finally {
    await national.database.close();
  }
}

/**
 * The load test on the demo seed, in a database of its own (made, migrated and seeded when missing):
 * PostgreSQL through the console's own pool size, or PGlite in .data/bench-demo-pglite with no server
 * (one connection, so the clients queue for it).
 */
async function benchLoad(serverUrl: string | null, name: string, options: { clients: number; seconds: number }) {
  if (serverUrl) await ensureDatabase(serverUrl, name);
  const database = serverUrl
    ? await createDatabase({ backend: "postgres", url: withDatabaseName(serverUrl, name) })
    : await createDatabase({ backend: "pglite", dataDir: join(findRepoRoot(), ".data", "bench-demo-pglite") });
  try {
    await migrateToLatest(database.db);
    const seeded = await seedDemo(database.db);
    if (seeded.created) log(`seeded the demo council: ${seeded.children} children, ${seeded.payments} payments`);
    const result = await runLoad(database.db, await demoLoadRequests(database.db), options);
    log(`load: ${result.requests} requests, ${result.requestsPerSecond} a second, p95 ${result.p95} ms, ${result.errors} errors`);
    return {
      measures: loadMeasures(result, database.backend),
      about: { backend: database.backend, database: serverUrl ? name : ".data/bench-demo-pglite", ran_at: new Date().toISOString(), load_average: loadavg().map((l) => round(l)), clients: result.clients, seconds: result.seconds },
    };
  } finally {
    await database.close();
  }
}

/** `--part load [--clients 20] [--seconds 60]`: the load test alone, its measures replacing the last report's. */
async function runLoadPart(serverUrl: string | null, name: string, options: { clients: number; seconds: number }, out: string): Promise<number> {
  const { measures, about } = await benchLoad(serverUrl, name, options);
  mergeIntoReport(join(findRepoRoot(), "bench", out), "load:", measures, { name: "demo", about });
  process.stdout.write(`${formatTable(measures)}\n`);
  log(`wrote the load measures into bench/${out}`);
  return measures.some((m) => m.met === false) ? 1 : 0;
}

/** The benchmark's own database on the server, made when missing; nothing else on the server is touched. */
async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error("--database: lower-case letters, digits and underscores");
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!found.rowCount) {
      log(`creating database ${name}`);
      await client.query(`create database ${name}`);
    }
  } finally {
    await client.end();
  }
}
