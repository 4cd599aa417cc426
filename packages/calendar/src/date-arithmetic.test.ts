import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Period, addDays, addMonths, addPeriod, addYears, lastMonthEndedBy } from "./date-arithmetic";
import { fromDayNumber, getDateParts, getDaysInMonth, parseIsoDate, toDayNumber } from "./iso-date";

const d = parseIsoDate;
const anyDate = fc.integer({ min: toDayNumber(d("1900-01-01")), max: toDayNumber(d("2100-12-31")) }).map(fromDayNumber);

describe("addDays", () => {
  it("moves across month, year and leap-day boundaries", () => {
    expect(addDays(d("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addDays(d("2025-02-28"), 1)).toBe("2025-03-01");
    expect(addDays(d("2025-12-31"), 1)).toBe("2026-01-01");
    expect(addDays(d("2025-03-30"), 1)).toBe("2025-03-31"); // the clocks change; dates do not care
    expect(addDays(d("2025-01-01"), -1)).toBe("2024-12-31");
    expect(addDays(d("2025-01-01"), 0)).toBe("2025-01-01");
  });

  it("rejects fractional days", () => {
    expect(() => addDays(d("2025-01-01"), 0.5)).toThrow(RangeError);
  });
});

describe("addMonths", () => {
  it("keeps the day of the month or clamps to the month's last day", () => {
    expect(addMonths(d("2025-01-15"), 1)).toBe("2025-02-15");
    expect(addMonths(d("2025-01-31"), 1)).toBe("2025-02-28");
    expect(addMonths(d("2024-01-31"), 1)).toBe("2024-02-29");
    expect(addMonths(d("2025-11-30"), 3)).toBe("2026-02-28");
    expect(addMonths(d("2027-11-30"), 3)).toBe("2028-02-29");
    expect(addMonths(d("2025-03-31"), 1)).toBe("2025-04-30");
    expect(addMonths(d("2025-12-31"), 2)).toBe("2026-02-28");
    expect(addMonths(d("2025-05-31"), -3)).toBe("2025-02-28");
    expect(addMonths(d("2025-01-31"), 12)).toBe("2026-01-31");
  });

  it("counts from the original date, not step by step", () => {
    // Stepping would give 31 Jan → 28 Feb → 28 Mar; from the original it is 31 March.
    expect(addMonths(d("2025-01-31"), 2)).toBe("2025-03-31");
  });

  it("lands on the same day or the month's last day, n months on (property)", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -240, max: 240 }), (date, n) => {
        const from = getDateParts(date);
        const to = getDateParts(addMonths(date, n));
        const months = (to.year - from.year) * 12 + (to.month - from.month);
        return months === n && to.day === Math.min(from.day, getDaysInMonth(to.year, to.month));
      }),
    );
  });
});

describe("addYears", () => {
  it("takes 28 February for 29 February in a non-leap year", () => {
    expect(addYears(d("2024-02-29"), 1)).toBe("2025-02-28");
    expect(addYears(d("2024-02-29"), 4)).toBe("2028-02-29");
    expect(addYears(d("2025-04-01"), 3)).toBe("2028-04-01");
    expect(addYears(d("2025-04-01"), -1)).toBe("2024-04-01");
  });
});

describe("addPeriod", () => {
  const from = d("2025-12-19"); // a Friday
  it("handles every unit", () => {
    expect(addPeriod(from, { n: 15, unit: "days" })).toBe("2026-01-03");
    expect(addPeriod(from, { n: 4, unit: "weeks" })).toBe("2026-01-16");
    expect(addPeriod(from, { n: 3, unit: "months" })).toBe("2026-03-19");
    expect(addPeriod(from, { n: 3, unit: "years" })).toBe("2028-12-19");
    // 22, 23, 24, 29, 30, 31 Dec, 2, 5, 6, 7 Jan (25, 26, 28 Dec and 1 Jan are bank holidays in 2025-26).
    expect(addPeriod(from, { n: 10, unit: "working_days" })).toBe("2026-01-07");
  });

  it("validates periods with a schema", () => {
    expect(Period.safeParse({ n: 3, unit: "months" }).success).toBe(true);
    expect(Period.safeParse({ n: -1, unit: "days" }).error?.issues[0]?.message).toBe("must be 0 or more");
    expect(Period.safeParse({ n: 1.5, unit: "days" }).success).toBe(false);
    expect(Period.safeParse({ n: 1, unit: "fortnights" }).error?.issues[0]?.path).toEqual(["unit"]);
  });
});

describe("lastMonthEndedBy", () => {
  const d = (s: string) => parseIsoDate(s);
  it("is the month before, until the month's own last day", () => {
    expect(lastMonthEndedBy(d("2026-12-06"))).toBe("2026-11");
    expect(lastMonthEndedBy(d("2026-12-30"))).toBe("2026-11");
    expect(lastMonthEndedBy(d("2026-12-31"))).toBe("2026-12");
    expect(lastMonthEndedBy(d("2027-01-01"))).toBe("2026-12");
    expect(lastMonthEndedBy(d("2028-02-28"))).toBe("2028-01");
    expect(lastMonthEndedBy(d("2028-02-29"))).toBe("2028-02");
  });
});
