import { describe, expect, it } from "vitest";
import { generateSchedule } from "./generate-schedule";

const dates = (schedule: { instalments: { date: string }[] }) => schedule.instalments.map((i) => i.date);
const amounts = (schedule: { instalments: { amountPence: number }[] }) => schedule.instalments.map((i) => i.amountPence);

describe("generateSchedule over one financial year", () => {
  it("pays twelve equal monthly instalments that add up to the annual amount", () => {
    const schedule = generateSchedule({
      annualAmountPence: 1_200_000,
      frequency: "monthly",
      start: "2025-04-01",
      end: "2026-03-31",
    });
    expect(schedule.totalPence).toBe(1_200_000);
    expect(amounts(schedule)).toEqual(Array(12).fill(100_000));
    expect(dates(schedule)).toEqual([
      "2025-04-01",
      "2025-05-01",
      "2025-06-01",
      "2025-07-01",
      "2025-08-01",
      "2025-09-01",
      "2025-10-01",
      "2025-11-01",
      "2025-12-01",
      "2026-01-01",
      "2026-02-01",
      "2026-03-01",
    ]);
  });

  it("gives the odd pennies one each to the earliest instalments", () => {
    const schedule = generateSchedule({
      annualAmountPence: 100_000,
      frequency: "monthly",
      start: "2025-04-01",
      end: "2026-03-31",
    });
    // 100000 ÷ 12 = 8333 remainder 4.
    expect(amounts(schedule)).toEqual([8334, 8334, 8334, 8334, 8333, 8333, 8333, 8333, 8333, 8333, 8333, 8333]);
  });

  it("gives exactly the annual amount in a leap financial year too", () => {
    for (const frequency of ["monthly", "quarterly", "four_weekly", "one_off"] as const) {
      const schedule = generateSchedule({ annualAmountPence: 987_654, frequency, start: "2023-04-01", end: "2024-03-31" });
      expect(schedule.totalPence, frequency).toBe(987_654);
    }
  });

  it("pays quarterly on the start's day, four times", () => {
    const schedule = generateSchedule({
      annualAmountPence: 1_000_001,
      frequency: "quarterly",
      start: "2025-04-01",
      end: "2026-03-31",
    });
    expect(dates(schedule)).toEqual(["2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01"]);
    expect(amounts(schedule)).toEqual([250_001, 250_000, 250_000, 250_000]);
  });

  it("pays four-weekly every 28 days while on or before the end: 14 dates in a year from 1 April", () => {
    const schedule = generateSchedule({
      annualAmountPence: 1_400_000,
      frequency: "four_weekly",
      start: "2025-04-01",
      end: "2026-03-31",
    });
    expect(schedule.instalments).toHaveLength(14);
    expect(dates(schedule).at(-1)).toBe("2026-03-31"); // 13 × 28 = 364 days after 1 April
    expect(amounts(schedule)).toEqual(Array(14).fill(100_000));
  });
});

describe("generateSchedule dates", () => {
  it("clamps monthly dates to short months, counting from the start", () => {
    const schedule = generateSchedule({
      annualAmountPence: 600_000,
      frequency: "monthly",
      start: "2025-01-31",
      end: "2025-06-30",
    });
    expect(dates(schedule)).toEqual(["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30"]);
  });

  it("clamps quarterly dates: 30 November + 3 months is 28 or 29 February", () => {
    expect(
      dates(generateSchedule({ annualAmountPence: 1, frequency: "quarterly", start: "2025-11-30", end: "2026-06-01" })),
    ).toEqual(["2025-11-30", "2026-02-28", "2026-05-30"]);
    expect(
      dates(generateSchedule({ annualAmountPence: 1, frequency: "quarterly", start: "2027-11-30", end: "2028-03-01" })),
    ).toEqual(["2027-11-30", "2028-02-29"]);
  });

  it("pays a one-off once, on the start, for the whole sum", () => {
    const schedule = generateSchedule({
      annualAmountPence: 50_000,
      frequency: "one_off",
      start: "2025-06-10",
      end: "2025-06-10",
    });
    expect(schedule).toEqual({ totalPence: 50_000, instalments: [{ date: "2025-06-10", amountPence: 50_000 }] });
  });

  it("pays once when start and end are the same day", () => {
    const schedule = generateSchedule({
      annualAmountPence: 365_000,
      frequency: "monthly",
      start: "2025-06-10",
      end: "2025-06-10",
    });
    expect(schedule).toEqual({ totalPence: 1_000, instalments: [{ date: "2025-06-10", amountPence: 1_000 }] });
  });
});

describe("generateSchedule part years", () => {
  it("pro-rates by days in the financial year", () => {
    // 1 April to 30 September 2025 is 183 of 365 days.
    expect(
      generateSchedule({ annualAmountPence: 365_000, frequency: "monthly", start: "2025-04-01", end: "2025-09-30" }).totalPence,
    ).toBe(183_000);
  });

  it("pro-rates each financial year by its own length, then rounds once", () => {
    // 183/366 of 2023-24 plus 183/365 of 2024-25: 500000 + 501369.86… = 1001369.86… → 1001370.
    const schedule = generateSchedule({
      annualAmountPence: 1_000_000,
      frequency: "monthly",
      start: "2023-10-01",
      end: "2024-09-30",
    });
    expect(schedule.totalPence).toBe(1_001_370);
    expect(amounts(schedule).reduce((a, b) => a + b, 0)).toBe(1_001_370);
  });

  it("gives twice the annual amount over two whole financial years", () => {
    expect(
      generateSchedule({ annualAmountPence: 123_457, frequency: "four_weekly", start: "2023-04-01", end: "2025-03-31" })
        .totalPence,
    ).toBe(246_914);
  });

  it("rounds half a penny up", () => {
    // One day of a 366-day year at 183p a year is exactly 0.5p.
    expect(
      generateSchedule({ annualAmountPence: 183, frequency: "monthly", start: "2023-06-01", end: "2023-06-01" }).totalPence,
    ).toBe(1);
    expect(
      generateSchedule({ annualAmountPence: 182, frequency: "monthly", start: "2023-06-01", end: "2023-06-01" }).totalPence,
    ).toBe(0);
  });

  it("pays zero when the amount is zero", () => {
    const schedule = generateSchedule({ annualAmountPence: 0, frequency: "monthly", start: "2025-04-01", end: "2025-06-30" });
    expect(schedule.totalPence).toBe(0);
    expect(amounts(schedule)).toEqual([0, 0, 0]);
  });
});

describe("generateSchedule refuses bad requests", () => {
  it.each([
    [{ annualAmountPence: 1.5, frequency: "monthly", start: "2025-04-01", end: "2026-03-31" }, "annualAmountPence"],
    [{ annualAmountPence: -1, frequency: "monthly", start: "2025-04-01", end: "2026-03-31" }, "annualAmountPence"],
    [{ annualAmountPence: 2 ** 53, frequency: "monthly", start: "2025-04-01", end: "2026-03-31" }, "annualAmountPence"],
    [{ annualAmountPence: 100, frequency: "weekly", start: "2025-04-01", end: "2026-03-31" }, "frequency"],
    [{ annualAmountPence: 100, frequency: "monthly", start: "2025-02-30", end: "2026-03-31" }, "start"],
    [{ annualAmountPence: 100, frequency: "monthly", start: "2025-04-01", end: "2025-03-31" }, "end"],
  ])("%j (%s)", (request, field) => {
    expect(() => generateSchedule(request as never)).toThrow(field);
  });
});
