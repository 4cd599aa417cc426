/** A value and how many times it occurs: rollups count requests by their days to decision. */
export type Weighted = { value: number; count: number };

/**
 * The nearest-rank percentile of a weighted list: the smallest value with at least p of the
 * weight at or below it (p in (0, 1]). Null when the list weighs nothing. The median is p = 0.5,
 * which for an even count is the lower of the two middle values, as nearest rank defines it.
 */
export function findPercentile(values: readonly Weighted[], p: number): number | null {
  if (!(p > 0 && p <= 1)) throw new RangeError(`percentile ${p} is outside (0, 1]`);
  const sorted = values.filter((v) => v.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, v) => s + v.count, 0);
  if (total === 0) return null;
  const rank = Math.ceil(p * total);
  let seen = 0;
  for (const v of sorted) {
    seen += v.count;
    if (seen >= rank) return v.value;
  }
  return sorted[sorted.length - 1]?.value ?? null;
}
