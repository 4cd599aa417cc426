import { describe, expect, it } from "vitest";
import {
  AMOUNT_STEPS, amountBoundsOf, ANY_AMOUNT, describeAnyCode, generaliseAmount, generaliseDate, GENERALISATION_LADDER, PERIOD_STEPS, WIDE_AMOUNT_BAND_BOUNDS, WIDE_AMOUNT_BAND_LABELS,
} from "./extract-generalisation";
import { AMOUNT_BAND_BOUNDS, AMOUNT_BAND_LABELS, findAmountBand } from "./extract-privacy";

const CODE_KINDS = ["service", "arrangement", "ageBand", "detail"] as const;

describe("the generalisation ladder", () => {
  it("starts at months and bands with every code exact, and ends with every kind of column as wide as it goes", () => {
    expect(GENERALISATION_LADDER[0]).toEqual({ period: "month", amount: "band", service: "exact", arrangement: "exact", ageBand: "exact", detail: "exact" });
    expect(GENERALISATION_LADDER[GENERALISATION_LADDER.length - 1]).toEqual({ period: "year", amount: "any", service: "any", arrangement: "any", ageBand: "any", detail: "any" });
  });

  it("only ever widens: each rung is at least as wide as the one below it on every kind of column, and wider on one", () => {
    for (let i = 1; i < GENERALISATION_LADDER.length; i++) {
      const [below, rung] = [GENERALISATION_LADDER[i - 1], GENERALISATION_LADDER[i]];
      if (!below || !rung) throw new Error("ladder has a hole");
      const steps = [
        [PERIOD_STEPS.indexOf(below.period), PERIOD_STEPS.indexOf(rung.period)],
        [AMOUNT_STEPS.indexOf(below.amount), AMOUNT_STEPS.indexOf(rung.amount)],
        ...CODE_KINDS.map((k) => [Number(below[k] === "any"), Number(rung[k] === "any")]),
      ];
      for (const [was, is] of steps) expect(is, `rung ${i}`).toBeGreaterThanOrEqual(was ?? 0);
      expect(steps.some(([was, is]) => (is ?? 0) > (was ?? 0)), `rung ${i}`).toBe(true);
    }
  });
});

describe("a date up the ladder", () => {
  it("is its month, its financial quarter (April to June is Q1) or its financial year", () => {
    expect(PERIOD_STEPS.map((s) => generaliseDate("2025-06-14", s))).toEqual(["2025-06", "2025-26 Q1", "2025-26"]);
    const quarters = ["04", "05", "06", "07", "08", "09", "10", "11", "12", "01", "02", "03"].map((m) => generaliseDate(`${m < "04" ? 2026 : 2025}-${m}-01`, "quarter"));
    expect(quarters).toEqual(["Q1", "Q1", "Q1", "Q2", "Q2", "Q2", "Q3", "Q3", "Q3", "Q4", "Q4", "Q4"].map((q) => `2025-26 ${q}`));
    expect(generaliseDate("2026-03-31", "year")).toBe("2025-26");
    expect(generaliseDate("2026-04-01", "year")).toBe("2026-27");
    expect(() => generaliseDate("June 2025", "quarter")).toThrow(RangeError);
  });
});

describe("an amount up the ladder", () => {
  it("has wide bands that are each a union of the narrow bands, so a wider rung never contradicts a narrower one", () => {
    for (const bound of WIDE_AMOUNT_BAND_BOUNDS) expect(AMOUNT_BAND_BOUNDS as readonly number[]).toContain(bound);
    expect(WIDE_AMOUNT_BAND_LABELS).toEqual(["Under £500", "£500 to under £5,000", "£5,000 and over"]);
    const edges = [0, 1, ...AMOUNT_BAND_BOUNDS.flatMap((b) => [b - 1, b]), 10_000_000];
    const wideOfNarrow = new Map<string, string>();
    for (const pence of edges) {
      const narrow = generaliseAmount(pence, "band");
      expect(narrow).toBe(findAmountBand(pence));
      const wide = generaliseAmount(pence, "wideBand");
      expect(wideOfNarrow.get(narrow) ?? wide, `${pence}`).toBe(wide);
      wideOfNarrow.set(narrow, wide);
      expect(generaliseAmount(pence, "any")).toBe(ANY_AMOUNT);
    }
    expect(new Set(wideOfNarrow.keys())).toEqual(new Set(AMOUNT_BAND_LABELS));
    expect(generaliseAmount(49_999, "wideBand")).toBe("Under £500");
    expect(generaliseAmount(50_000, "wideBand")).toBe("£500 to under £5,000");
    expect(amountBoundsOf("any")).toEqual([]);
    expect(() => generaliseAmount(1.5, "band")).toThrow(RangeError);
  });

  it("says a code generalised to any in the column's own words", () => {
    expect(describeAnyCode("Arrangement")).toBe("Any arrangement");
    expect(describeAnyCode("Age band")).toBe("Any age band");
  });
});
