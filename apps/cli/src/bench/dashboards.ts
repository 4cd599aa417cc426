import type { Kysely, RawBuilder } from "kysely";
import type { DB } from "@pb/db";
import { round, timeRuns } from "./bench-stats";
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

/**
 * Each dashboard query through the tRPC endpoint, and its raw GROUP BY run straight on the database
 * (no transaction, no membership check: the baseline is given every advantage), in the same run.
 */
export async function measureDashboards(bench: Bench, measures: readonly DashboardMeasure[], targetMs: number): Promise<BenchMeasure[]> {
  const out: BenchMeasure[] = [];
  for (const measure of measures) {
    const endpoint = await bench.freshSession();
    const through = await timeRuns(() => callQuery(endpoint.db, bench.who, measure.path, measure.input), bench.runs, 10).finally(endpoint.close);
    // Fewer runs of the baseline, which takes a hundred times as long; 20 still put its p95 above its median's noise.
    const session = await bench.freshSession();
    const baseline = await timeRuns(() => measure.baseline.query(bench.who.councilId).execute(session.db), Math.min(20, Math.max(5, Math.round(bench.runs / 4))), 1).finally(session.close);
    const ratio = round(baseline.p95 / through.p95);
    const fastEnough = through.p95 < targetMs;
    const tenTimes = bench.dataset === "national" && !measure.listing ? ratio >= 10 : true;
    out.push({
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
      note: `baseline p50 ${baseline.p50} ms over ${baseline.samples} runs; tRPC ${through.samples} runs`,
    });
  }
  return out;
}
