import { dayOfWeek, getDateParts, makeIsoDate, parseIsoDate } from "@pb/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findCompulsorySchoolAgeEnd, findLastFridayOfJune, isOverCompulsorySchoolAge } from "./compulsory-school-age";

describe("findLastFridayOfJune", () => {
  it.each([
    [2023, "2023-06-30"], // 30 June is itself a Friday
    [2024, "2024-06-28"],
    [2025, "2025-06-27"],
    [2026, "2026-06-26"],
    [2027, "2027-06-25"],
    [2100, "2100-06-25"],
  ])("%i → %s", (year, expected) => {
    expect(findLastFridayOfJune(year)).toBe(expected);
  });

  it("is always a Friday in the last week of June", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const date = parseIsoDate(findLastFridayOfJune(year));
        const { month, day } = getDateParts(date);
        return dayOfWeek(date) === 5 && month === 6 && day >= 24;
      }),
    );
  });
});

describe("findCompulsorySchoolAgeEnd: the last Friday of June of the school year in which they turn 16", () => {
  it.each([
    ["turns 16 on 31 August, the last day of the school year: passes it in June, aged 15", "2008-08-31", "2024-06-28"],
    ["turns 16 on 1 September, the first day of the next school year: passes it a year later", "2008-09-01", "2025-06-27"],
    ["turns 16 on 1 January: passes it in the June after", "2009-01-01", "2025-06-27"],
    ["born on a leap day, turns 16 on a leap day", "2008-02-29", "2024-06-28"],
    ["born on a leap day, 16th birthday in 2100, which is not a leap year", "2084-02-29", "2100-06-25"],
    ["turns 16 on the last Friday of June itself", "2009-06-27", "2025-06-27"],
    ["turns 16 the day after the last Friday of June", "2009-06-28", "2025-06-27"],
    ["turns 16 in July: passes it in June, before the birthday", "2009-07-15", "2025-06-27"],
    ["turns 16 on 31 December", "2008-12-31", "2025-06-27"],
  ])("%s (%s → %s)", (_why, dateOfBirth, expected) => {
    expect(findCompulsorySchoolAgeEnd(dateOfBirth)).toBe(expected);
  });

  it("falls in June, from 2 months before to 9 months after the 16th birthday", () => {
    const date = fc
      .record({
        year: fc.integer({ min: 1990, max: 2150 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ year, month, day }) => makeIsoDate(year, month, day));
    fc.assert(
      fc.property(date, (dateOfBirth) => {
        const birth = getDateParts(dateOfBirth);
        const end = getDateParts(parseIsoDate(findCompulsorySchoolAgeEnd(dateOfBirth)));
        const monthsAfterBirth = (end.year - birth.year) * 12 + (end.month - birth.month);
        return end.month === 6 && monthsAfterBirth >= 16 * 12 - 2 && monthsAfterBirth <= 16 * 12 + 9;
      }),
    );
  });
});

describe("isOverCompulsorySchoolAge", () => {
  it("is false the day before the last Friday of June and true on it and after", () => {
    expect(isOverCompulsorySchoolAge("2008-08-31", "2024-06-27")).toBe(false);
    expect(isOverCompulsorySchoolAge("2008-08-31", "2024-06-28")).toBe(true);
    expect(isOverCompulsorySchoolAge("2008-08-31", "2030-01-01")).toBe(true);
  });

  it("a child born a day later (1 September) stays of school age a year longer", () => {
    expect(isOverCompulsorySchoolAge("2008-09-01", "2024-06-28")).toBe(false);
    expect(isOverCompulsorySchoolAge("2008-09-01", "2025-06-26")).toBe(false);
    expect(isOverCompulsorySchoolAge("2008-09-01", "2025-06-27")).toBe(true);
  });

  it("refuses a date that is not real", () => {
    expect(() => isOverCompulsorySchoolAge("2008-02-30", "2025-01-01")).toThrow(RangeError);
    expect(() => isOverCompulsorySchoolAge("2008-01-01", "2025-13-01")).toThrow(RangeError);
  });
});
