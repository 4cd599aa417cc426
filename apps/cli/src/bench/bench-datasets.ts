import { sql, type Kysely } from "kysely";
import { createDatabase, migrateToLatest, type Database, type DB } from "@pb/db";
import { finishScaleSeed, findScaleCouncils, planScale, seedScale, type ScaleName } from "@pb/db/seed";
import type { BenchMeasure } from "./bench-results";

export type PreparedDataset = {
  database: Database;
  councils: { id: string; slug: string; name: string }[];
  /** The council the dashboards are timed on: the largest of the data set. */
  measured: { councilId: string; userId: string; slug: string };
  seedMeasure: BenchMeasure | null;
  rows: Record<string, number>;
};

const log = (text: string) => process.stderr.write(`pb bench: ${text}\n`);

/** Opens the data set's database, seeding it first when it is not there (and timing that). */
export async function prepareDataset(scale: Extract<ScaleName, "national" | "county">, target: { backend: "postgres"; url: string } | { backend: "pglite"; dataDir: string }, options: { rebuildRollups: boolean }): Promise<PreparedDataset> {
  const database = target.backend === "postgres" ? await createDatabase({ backend: "postgres", url: target.url, poolSize: 4 }) : await createDatabase({ backend: "pglite", dataDir: target.dataDir });
  await migrateToLatest(database.db);
  const seeded = await seedScale(database, { scale, onCouncil: ({ done, total, rows }) => (done % 25 === 0 || done === total) && log(`seeding ${scale}: ${done}/${total} councils, ${rows.toLocaleString("en-GB")} rows`) });
  let seedMeasure: BenchMeasure | null = null;
  if (seeded.created) {
    const finished = await finishScaleSeed(database, seeded.councilIds);
    log(`seeded ${scale}: ${seeded.totalRows.toLocaleString("en-GB")} rows in ${seeded.loadSeconds.toFixed(1)} s; rollups rebuilt in ${finished.rollupSeconds.toFixed(1)} s`);
    seedMeasure = {
      name: `seed --scale ${scale} (COPY)`, dataset: scale, backend: target.backend, p50_ms: null, p95_ms: null, baseline: null, baseline_ms: null, ratio: null,
      rows_per_s: seeded.rowsPerSecond, peak_rss_mb: null, target: target.backend === "postgres" ? "≥ 100,000 rows/s into PostgreSQL" : "none (PGlite)",
      met: target.backend === "postgres" ? seeded.rowsPerSecond >= 100_000 : null,
      note: `${seeded.totalRows} rows in ${seeded.loadSeconds.toFixed(1)} s; then vacuum and statistics ${finished.analyseSeconds.toFixed(1)} s and rollup rebuild ${finished.rollupSeconds.toFixed(1)} s`,
    };
  } else if (options.rebuildRollups) {
    const finished = await finishScaleSeed(database, (await findScaleCouncils(database, scale)).map((c) => c.id));
    log(`rebuilt the ${scale} rollups in ${finished.rollupSeconds.toFixed(1)} s`);
  }
  const councils = await findScaleCouncils(database, scale);
  const largest = [...planScale(scale).councils].sort((a, b) => b.ehcpChildren - a.ehcpChildren)[0];
  const council = councils.find((c) => c.slug === largest?.slug);
  if (!council) throw new Error(`the ${scale} data set has no council ${largest?.slug ?? "?"}`);
  const manager = await database.db.selectFrom("council_membership").select("user_id").where("council_id", "=", council.id).where("role", "=", "manager").executeTakeFirstOrThrow();
  return { database, councils, measured: { councilId: council.id, userId: manager.user_id, slug: council.slug }, seedMeasure, rows: await countRows(database.db) };
}

async function countRows(db: Kysely<DB>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ["council", "child", "pb_request", "request_line", "decision", "budget", "budget_line", "payment", "review", "cessation", "disagreement"] as const) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    out[table] = rows[0]?.n ?? 0;
  }
  return out;
}
