import { sql, type Kysely, type RawBuilder } from "kysely";
import { councilProcedure, createRouter } from "@pb/api";
import { ACCESS } from "@pb/auth";
import type { DB } from "@pb/db";
import { round, timeRuns, type Timing } from "./bench-stats";
import type { BenchMeasure } from "./bench-results";
import { callQuery } from "./trpc-endpoint";

/** One dashboard query: its procedure and input, and the plain GROUP BY over raw rows that gives the same figures. */
export type DashboardMeasure = {
  name: string;
  path: string;
  input: unknown;
  baseline: { name: string; query: (councilId: string) => RawBuilder<unknown> };
  /** A page of rows rather than an aggregate: timed against its target, with no ratio to meet (a listing reads the rows either way). */
  listing?: boolean;
};

export type Bench = {
  who: { userId: string; councilId: string };
  dataset: "national" | "county";
  backend: "postgres" | "pglite";
  runs: number;
  /**
   * A database session for one measure's tRPC runs, and another for its baseline's. On PostgreSQL a
   * new connection each time: a server process that has just run a heavy query (the uptake baseline,
   * the row counts) runs the next light one two to three times slower, which would skew whichever
   * side of a ratio ran after it.
   */
  freshSession: () => Promise<{ db: Kysely<DB>; close: () => Promise<void> }>;
};

// A query on the dashboards' own middleware that reads nothing: what every dashboard pays before its
// first read (sign-in, the membership check, the council-scoped transaction, the HTTP-shaped handler).
const floorRouter = createRouter({ floor: councilProcedure(ACCESS.dashboards).query(() => null) });

/**
 * Each dashboard query through the tRPC endpoint, and its raw GROUP BY run straight on the database
 * (no transaction, no membership check: the baseline is given every advantage), in the same run.
 * Then the floor, timed the same way (last, when the JIT is as warm as for the dashboards), so a ratio
 * that is missed can be told apart from a slow query.
 */
export async function measureDashboards(bench: Bench, measures: readonly DashboardMeasure[], targetMs: number): Promise<BenchMeasure[]> {
  const out: BenchMeasure[] = [];
  // Ratios missed: their notes end with the floor, once it is timed.
  const missed: BenchMeasure[] = [];
  for (const measure of measures) {
    const endpoint = await bench.freshSession();
    const through = await timeRuns(() => callQuery(endpoint.db, bench.who, measure.path, measure.input), bench.runs, 10).finally(endpoint.close);
    const baseline = await timeBaseline(bench, measure);
    const ratio = round(baseline.p95 / through.p95);
    const fastEnough = through.p95 < targetMs;
    const tenTimes = bench.dataset === "national" && !measure.listing ? ratio >= 10 : true;
    const result: BenchMeasure = {
      name: `dashboard ${measure.name} (${measure.path})`,
      dataset: bench.dataset,
      backend: bench.backend,
      p50_ms: through.p50,
      p95_ms: through.p95,
      baseline: measure.baseline.name,
      baseline_ms: baseline.p95,
      ratio,
      rows_per_s: null,
      peak_rss_mb: null,
      target: bench.dataset === "national" && !measure.listing ? `p95 < ${targetMs} ms and ≥ 10× the GROUP BY` : `p95 < ${targetMs} ms`,
      met: fastEnough && tenTimes,
      note:
        `baseline p50 ${baseline.p50} ms over ${baseline.samples} runs, ${baseline.plan}; tRPC ${through.samples} runs` +
        (tenTimes ? "" : `; 10× needs p95 ≤ ${round(baseline.p95 / 10)} ms`),
    };
    out.push(result);
    if (!tenTimes) missed.push(result);
  }
  const floorSession = await bench.freshSession();
  const floor = await timeRuns(() => callQuery(floorSession.db, bench.who, "floor", undefined, floorRouter), bench.runs, 10).finally(floorSession.close);
  for (const m of missed) m.note += `, below the floor's ${floor.p95} ms before any read`;
  out.push({
    name: "floor: a dashboards procedure that reads nothing (sign-in, membership, council-scoped transaction)",
    dataset: bench.dataset,
    backend: bench.backend,
    p50_ms: floor.p50,
    p95_ms: floor.p95,
    baseline: null,
    baseline_ms: null,
    ratio: null,
    rows_per_s: null,
    peak_rss_mb: null,
    target: "none: what every dashboard pays before its first read",
    met: null,
    note: `tRPC ${floor.samples} runs`,
  });
  return out;
}

/**
 * The baseline's p50 and p95 under PostgreSQL's own plan and under a plan without parallel workers,
 * whichever is faster: on a small council's rows the planner can choose workers whose start-up costs
 * more than the query (60 ms against 7 ms seen for the cessations GROUP BY), which would flatter the ratio.
 */
async function timeBaseline(bench: Bench, measure: DashboardMeasure): Promise<Timing & { plan: string }> {
  // Fewer runs of the baseline, which takes a hundred times as long; 20 still put its p95 above its median's noise.
  const runs = Math.min(20, Math.max(5, Math.round(bench.runs / 4)));
  const settings = bench.backend === "postgres" ? [null, "0"] : [null];
  let best: (Timing & { plan: string }) | null = null;
  for (const workers of settings) {
    const session = await bench.freshSession();
    const timing = await session.db
      .connection()
      .execute(async (db) => {
        if (workers !== null) await sql`select set_config('max_parallel_workers_per_gather', ${workers}, false)`.execute(db);
        return timeRuns(() => measure.baseline.query(bench.who.councilId).execute(db), runs, 1);
      })
      .finally(session.close);
    if (!best || timing.p95 < best.p95) best = { ...timing, plan: workers === null ? "the planner's own plan" : "no parallel workers (faster than the planner's own plan)" };
  }
  if (!best) throw new Error("no baseline was timed");
  return best;
}
