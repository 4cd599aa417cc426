import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  IsoDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  getDaysInMonth,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  toDayNumber,
} from "./iso-date";

const d = parseIsoDate;

describe("IsoDate", () => {
  it("accepts real dates and rejects impossible or badly written ones", () => {
    for (const good of ["2025-01-31", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"]) {
      expect(isIsoDate(good), good).toBe(true);
      expect(IsoDate.safeParse(good).success, good).toBe(true);
    }
    for (const bad of [
      "2025-02-30",
      "2023-02-29",
      "1900-02-29",
      "2025-04-31",
      "2025-13-01",
      "2025-00-10",
      "0000-01-01",
      "2025-1-01",
      "25-01-01",
      "2025/01/01",
      "2025-01-01T00:00:00Z",
      " 2025-01-01",
      "",
      "abc",
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
      expect(IsoDate.safeParse(bad).success, bad).toBe(false);
    }
    expect(isIsoDate(20250101)).toBe(false);
  });

  it("explains why a value is not a date", () => {
    expect(IsoDate.safeParse("2025-02-30").error?.issues[0]?.message).toBe("2025-02-30 is not a date in the calendar");
    expect(IsoDate.safeParse("1 April 2025").error?.issues[0]?.message).toBe("must be a date written YYYY-MM-DD");
    expect(IsoDate.safeParse(7).error?.issues[0]?.message).toBe("must be a date written YYYY-MM-DD");
  });

  it("parseIsoDate throws RangeError on a non-date", () => {
    expect(parseIsoDate("2025-04-01")).toBe("2025-04-01");
    expect(() => parseIsoDate("2025-02-30")).toThrow(RangeError);
  });
});

describe("day numbers", () => {
  it("counts from 1970-01-01", () => {
    expect(toDayNumber(d("1970-01-01"))).toBe(0);
    expect(toDayNumber(d("1970-01-02"))).toBe(1);
    expect(toDayNumber(d("1969-12-31"))).toBe(-1);
    expect(toDayNumber(d("2000-03-01"))).toBe(11017);
    expect(fromDayNumber(19723)).toBe("2024-01-01");
  });

  it("agrees with UTC milliseconds for every day from 1900 to 2100", () => {
    for (let n = toDayNumber(d("1900-01-01")); n <= toDayNumber(d("2100-12-31")); n++) {
      const expected = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== expected) throw new Error(`day ${n}: ${fromDayNumber(n)} ≠ ${expected}`);
    }
  });

  it("round-trips every representable day (property)", () => {
    fc.assert(fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => toDayNumber(fromDayNumber(n)) === n));
  });

  it("refuses days outside 0001–9999 and fractions", () => {
    expect(() => fromDayNumber(-719163)).toThrow(RangeError);
    expect(() => fromDayNumber(2932897)).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });
});

describe("comparisons", () => {
  it("compares and measures", () => {
    expect(compareDates(d("2025-01-01"), d("2025-01-02"))).toBe(-1);
    expect(compareDates(d("2025-01-02"), d("2025-01-02"))).toBe(0);
    expect(compareDates(d("2026-01-01"), d("2025-12-31"))).toBe(1);
    expect(daysBetween(d("2025-04-01"), d("2026-04-01"))).toBe(365);
    expect(daysBetween(d("2023-04-01"), d("2024-04-01"))).toBe(366);
    expect(daysBetween(d("2025-01-10"), d("2025-01-01"))).toBe(-9);
  });

  it("knows weekdays (1 = Monday … 7 = Sunday)", () => {
    expect(dayOfWeek(d("1970-01-01"))).toBe(4);
    expect(dayOfWeek(d("2024-12-25"))).toBe(3);
    expect(dayOfWeek(d("2026-12-26"))).toBe(6);
    expect(dayOfWeek(d("2026-12-27"))).toBe(7);
    expect(dayOfWeek(d("2026-12-28"))).toBe(1);
    expect(dayOfWeek(d("1969-12-29"))).toBe(1);
  });

  it("knows leap years and month lengths", () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(getDaysInMonth(2024, 2)).toBe(29);
    expect(getDaysInMonth(2025, 2)).toBe(28);
    expect(getDaysInMonth(2025, 11)).toBe(30);
    expect(getDaysInMonth(2025, 12)).toBe(31);
  });
});
