import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OutsideBankHolidayDataError } from "./bank-holidays";
import { fromDayNumber, parseIsoDate, toDayNumber } from "./iso-date";
import { addWorkingDays, isWorkingDay } from "./working-days";

const d = parseIsoDate;

describe("isWorkingDay", () => {
  it("excludes weekends and bank holidays", () => {
    expect(isWorkingDay(d("2025-12-24"))).toBe(true);
    expect(isWorkingDay(d("2025-12-25"))).toBe(false);
    expect(isWorkingDay(d("2025-12-27"))).toBe(false); // Saturday
    expect(isWorkingDay(d("2026-12-28"))).toBe(false); // substitute Boxing Day
  });
});

describe("addWorkingDays", () => {
  it("returns from itself for 0 and the next working day for 1", () => {
    expect(addWorkingDays(d("2025-12-20"), 0)).toBe("2025-12-20");
    expect(addWorkingDays(d("2025-12-19"), 1)).toBe("2025-12-22");
    expect(addWorkingDays(d("2025-12-24"), 1)).toBe("2025-12-29");
  });

  it("skips Christmas, Boxing Day and New Year", () => {
    // From Fri 19 Dec 2025: 22, 23, 24, 29, 30, 31 Dec, 2, 5, 6, 7 Jan.
    expect(addWorkingDays(d("2025-12-19"), 10)).toBe("2026-01-07");
    // 2026: Christmas Friday, Boxing Day's substitute Monday 28.
    expect(addWorkingDays(d("2026-12-24"), 1)).toBe("2026-12-29");
    // 2021: both substitutes, 27 and 28 December, then 3 January 2022 substitute New Year.
    expect(addWorkingDays(d("2021-12-24"), 1)).toBe("2021-12-29");
    expect(addWorkingDays(d("2021-12-31"), 1)).toBe("2022-01-04");
  });

  it("skips Easter", () => {
    // Thu 17 Apr 2025, then Good Friday 18 and Easter Monday 21.
    expect(addWorkingDays(d("2025-04-17"), 1)).toBe("2025-04-22");
    expect(addWorkingDays(d("2026-04-02"), 2)).toBe("2026-04-08");
  });

  it("skips one-off holidays", () => {
    expect(addWorkingDays(d("2022-06-01"), 1)).toBe("2022-06-06");
    expect(addWorkingDays(d("2022-09-16"), 1)).toBe("2022-09-20");
    expect(addWorkingDays(d("2023-05-05"), 1)).toBe("2023-05-09");
  });

  it("counts backwards for negative n", () => {
    expect(addWorkingDays(d("2025-12-29"), -1)).toBe("2025-12-24");
    expect(addWorkingDays(d("2026-01-07"), -10)).toBe("2025-12-19");
  });

  it("throws a clear error past the bank holiday data", () => {
    expect(() => addWorkingDays(d("2035-12-20"), 20)).toThrow(OutsideBankHolidayDataError);
    expect(() => addWorkingDays(d("2035-12-20"), 20)).toThrow(/No England and Wales bank holiday data for 2036-01-01/);
    // Thu 20 Dec 2035: 21, 24, 27, 28, 31 December (Christmas Tuesday, Boxing Day Wednesday).
    expect(addWorkingDays(d("2035-12-20"), 5)).toBe("2035-12-31");
  });

  it("lands on a working day with exactly n working days in between (property)", () => {
    const start = toDayNumber(d("2015-01-01"));
    const end = toDayNumber(d("2034-12-31"));
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: 1, max: 200 }), (dayNumber, n) => {
        const from = fromDayNumber(dayNumber);
        const due = addWorkingDays(from, n);
        let counted = 0;
        for (let day = dayNumber + 1; day <= toDayNumber(due); day++) if (isWorkingDay(fromDayNumber(day))) counted++;
        return isWorkingDay(due) && counted === n && addWorkingDays(due, -n) <= from;
      }),
    );
  });
});
