import { describe, expect, it } from "vitest";
import { findPercentile } from "./percentile";

describe("weighted nearest-rank percentiles", () => {
  it("matches the plain list's nearest rank", () => {
    const days = [3, 9, 1, 7, 5, 5, 12, 30, 2, 8];
    const weighted = [...new Set(days)].map((value) => ({ value, count: days.filter((d) => d === value).length }));
    const sorted = [...days].sort((a, b) => a - b);
    for (const p of [0.1, 0.5, 0.9, 1]) expect(findPercentile(weighted, p)).toBe(sorted[Math.ceil(p * sorted.length) - 1]);
  });

  it("is null with no weight and refuses a percentile outside (0, 1]", () => {
    expect(findPercentile([], 0.5)).toBeNull();
    expect(findPercentile([{ value: 4, count: 0 }], 0.5)).toBeNull();
    expect(() => findPercentile([{ value: 1, count: 1 }], 0)).toThrow(RangeError);
  });

  it("weights: the median of 1×10 days and 3×20 days is 20", () => {
    expect(findPercentile([{ value: 10, count: 1 }, { value: 20, count: 3 }], 0.5)).toBe(20);
  });
});
