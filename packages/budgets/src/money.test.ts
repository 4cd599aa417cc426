import { describe, expect, it } from "vitest";
import { cancelAfter } from "./cancel-after";
import { generateSchedule } from "./generate-schedule";
import { assertPence, NonNegativePence } from "./money";
import { splitPenceEvenly } from "./split-pence";
import { isUnderspent, underspendThresholdPence } from "./underspend";

describe("pence", () => {
  it("accepts only safe whole numbers", () => {
    expect(() => assertPence(100)).not.toThrow();
    expect(() => assertPence(0.1 + 0.2)).toThrow(RangeError);
    expect(() => assertPence(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(NonNegativePence.safeParse(-1).error?.issues[0]?.message).toBe("must be 0 or more");
    expect(NonNegativePence.safeParse("100").error?.issues[0]?.message).toBe("must be a whole number of pence");
  });
});

describe("splitPenceEvenly", () => {
  it("puts the odd pennies on the earliest parts", () => {
    expect(splitPenceEvenly(10, 3)).toEqual([4, 3, 3]);
    expect(splitPenceEvenly(11, 3)).toEqual([4, 4, 3]);
    expect(splitPenceEvenly(2, 5)).toEqual([1, 1, 0, 0, 0]);
    expect(splitPenceEvenly(0, 2)).toEqual([0, 0]);
    expect(() => splitPenceEvenly(10, 0)).toThrow(RangeError);
  });
});

describe("cancelAfter", () => {
  const schedule = generateSchedule({ annualAmountPence: 100_000, frequency: "monthly", start: "2025-04-01", end: "2026-03-31" });

  it("cancels the instalments after the last payment date and keeps the rest", () => {
    const result = cancelAfter(schedule, "2025-06-01");
    expect(result.schedule.instalments.map((i) => i.date)).toEqual(["2025-04-01", "2025-05-01", "2025-06-01"]);
    expect(result.schedule.totalPence).toBe(3 * 8334);
    expect(result.cancelled).toHaveLength(9);
    expect(result.cancelledPence).toBe(100_000 - 3 * 8334);
  });

  it("keeps everything when the last payment is after the end, nothing when before the start", () => {
    expect(cancelAfter(schedule, "2026-12-31").schedule).toEqual(schedule);
    expect(cancelAfter(schedule, "2025-03-31").schedule).toEqual({ totalPence: 0, instalments: [] });
    expect(() => cancelAfter(schedule, "2025-02-30")).toThrow();
  });
});

describe("underspend", () => {
  it("values weeks of the budget as annual × weeks ÷ 52, rounded down", () => {
    expect(underspendThresholdPence(5_200_000, 6)).toBe(600_000);
    expect(underspendThresholdPence(1_000_000, 6)).toBe(115_384); // 115384.61…
    expect(underspendThresholdPence(1_000_000, 0)).toBe(0);
    expect(underspendThresholdPence(1_000_000_000, 52)).toBe(1_000_000_000);
    expect(() => underspendThresholdPence(1_000, 1.5)).toThrow(RangeError);
    expect(() => underspendThresholdPence(-1, 6)).toThrow(RangeError);
  });

  it("is underspent only above the threshold", () => {
    expect(isUnderspent(600_001, 5_200_000, 6)).toBe(true);
    expect(isUnderspent(600_000, 5_200_000, 6)).toBe(false);
    expect(isUnderspent(-5, 5_200_000, 6)).toBe(false);
    expect(() => isUnderspent(0.5, 5_200_000, 6)).toThrow(RangeError);
  });
});
