/** The nearest-rank percentile of a list of timings in milliseconds. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export type Timing = { p50: number; p95: number; samples: number };

/** Runs `work` a few times to warm caches and the JIT, then times it `runs` times, one after another. */
export async function timeRuns(work: () => Promise<unknown>, runs: number, warmups = 3): Promise<Timing> {
  for (let i = 0; i < warmups; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), samples: runs };
}

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** Peak resident memory of this process so far, in megabytes. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
