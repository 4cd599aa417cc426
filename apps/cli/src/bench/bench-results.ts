import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** One measure, as bench/results.json records it so runs can be compared over time. */
export type BenchMeasure = {
  name: string;
  dataset: "national" | "county" | "demo";
  backend: "postgres" | "pglite";
  p50_ms: number | null;
  p95_ms: number | null;
  baseline: string | null;
  baseline_ms: number | null;
  /** Baseline time over this measure's time, at the 95th percentile: how many times faster. */
  ratio: number | null;
  rows_per_s: number | null;
  peak_rss_mb: number | null;
  /** Under load: requests answered (or failed) a second, and how many failed. */
  requests_per_s?: number | null;
  errors?: number | null;
  target: string;
  met: boolean | null;
  note?: string;
};

export type BenchReport = {
  ran_at: string;
  machine: { cpus: number; memory_gb: number; node: string; postgres: string | null; load_average: number[] };
  datasets: Record<string, unknown>;
  measures: BenchMeasure[];
  checks: { name: string; ok: boolean; detail: string }[];
};

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

/**
 * A part run on its own (`--part load`) replaces its own measures in the last full report, which keeps
 * everything else; `prefix` names them.
 */
export function mergeIntoReport(path: string, prefix: string, measures: readonly BenchMeasure[], dataset: { name: string; about: unknown }): void {
  const previous: BenchReport = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as BenchReport)
    : { ran_at: new Date().toISOString(), machine: { cpus: 0, memory_gb: 0, node: process.version, postgres: null, load_average: [] }, datasets: {}, measures: [], checks: [] };
  writeReport(path, {
    ...previous,
    datasets: { ...previous.datasets, [dataset.name]: dataset.about },
    measures: [...previous.measures.filter((m) => !m.name.startsWith(prefix)), ...measures],
  });
}

const cell = (value: number | null, digits = 1) => (value === null || Number.isNaN(value) ? "" : value.toLocaleString("en-GB", { maximumFractionDigits: digits }));

/** A plain-text table for the terminal: one line per measure, the target and whether it was met. */
export function formatTable(measures: readonly BenchMeasure[]): string {
  const header = ["measure", "data set", "backend", "p50 ms", "p95 ms", "baseline p95 ms", "× faster", "rows/s", "peak MB", "req/s", "errors", "target", "met"];
  const rows = measures.map((m) => [
    m.name, m.dataset, m.backend, cell(m.p50_ms), cell(m.p95_ms), cell(m.baseline_ms), cell(m.ratio), cell(m.rows_per_s, 0), cell(m.peak_rss_mb, 0), cell(m.requests_per_s ?? null), cell(m.errors ?? null, 0), m.target,
    m.met === null ? "" : m.met ? "yes" : "NO",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 3 && i <= 10 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
