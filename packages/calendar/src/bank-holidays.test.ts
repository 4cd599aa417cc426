import { describe, expect, it } from "vitest";
import data from "../data/bank-holidays-england-and-wales.json" with { type: "json" };
import { generateBankHolidays, getEasterSunday } from "./bank-holiday-rules";
import {
  BANK_HOLIDAY_YEARS,
  OutsideBankHolidayDataError,
  getBankHolidayName,
  isBankHoliday,
  listBankHolidays,
} from "./bank-holidays";
import { parseIsoDate } from "./iso-date";

const datesIn = (year: number) => listBankHolidays(year).map((holiday) => holiday.date);

describe("England and Wales bank holiday data", () => {
  it("covers 2010 to 2035", () => {
    expect(BANK_HOLIDAY_YEARS).toEqual({ firstYear: 2010, lastYear: 2035 });
  });

  it("is exactly what the rules generate (rerun scripts/generate-bank-holidays.mjs after changing them)", () => {
    expect(data).toEqual(generateBankHolidays(2010, 2035));
  });

  // Published by GOV.UK (www.gov.uk/bank-holidays) for the years it has announced.
  it.each([
    [
      2011,
      [
        "2011-01-03",
        "2011-04-22",
        "2011-04-25",
        "2011-04-29",
        "2011-05-02",
        "2011-05-30",
        "2011-08-29",
        "2011-12-26",
        "2011-12-27",
      ],
    ],
    [
      2012,
      [
        "2012-01-02",
        "2012-04-06",
        "2012-04-09",
        "2012-05-07",
        "2012-06-04",
        "2012-06-05",
        "2012-08-27",
        "2012-12-25",
        "2012-12-26",
      ],
    ],
    [2015, ["2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28"]],
    [2016, ["2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27"]],
    [2020, ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"]],
    [2021, ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"]],
    [
      2022,
      [
        "2022-01-03",
        "2022-04-15",
        "2022-04-18",
        "2022-05-02",
        "2022-06-02",
        "2022-06-03",
        "2022-08-29",
        "2022-09-19",
        "2022-12-26",
        "2022-12-27",
      ],
    ],
    [
      2023,
      [
        "2023-01-02",
        "2023-04-07",
        "2023-04-10",
        "2023-05-01",
        "2023-05-08",
        "2023-05-29",
        "2023-08-28",
        "2023-12-25",
        "2023-12-26",
      ],
    ],
    [2024, ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"]],
    [2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"]],
    [2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]],
    [2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"]],
  ])("%i", (year, expected) => {
    expect(datesIn(year)).toEqual(expected);
  });

  it("has eight holidays in an ordinary year", () => {
    for (let year = 2010; year <= 2035; year++) {
      const extra = { 2011: 1, 2012: 1, 2022: 2, 2023: 1 }[year] ?? 0;
      expect(datesIn(year).length, String(year)).toBe(8 + extra);
    }
  });

  it("names holidays, substitutes and one-offs", () => {
    expect(getBankHolidayName(parseIsoDate("2026-12-28"))).toBe("Boxing Day (substitute day)");
    expect(getBankHolidayName(parseIsoDate("2022-12-27"))).toBe("Christmas Day (substitute day)");
    expect(getBankHolidayName(parseIsoDate("2022-12-26"))).toBe("Boxing Day");
    expect(getBankHolidayName(parseIsoDate("2020-05-08"))).toBe("Early May bank holiday (VE day)");
    expect(getBankHolidayName(parseIsoDate("2022-09-19"))).toMatch(/State Funeral/);
    expect(getBankHolidayName(parseIsoDate("2023-05-08"))).toMatch(/coronation/);
    expect(getBankHolidayName(parseIsoDate("2025-06-02"))).toBeUndefined();
  });

  it("moves the standard holidays that one-offs replaced", () => {
    expect(isBankHoliday(parseIsoDate("2020-05-04"))).toBe(false);
    expect(isBankHoliday(parseIsoDate("2022-05-30"))).toBe(false);
    expect(isBankHoliday(parseIsoDate("2012-05-28"))).toBe(false);
  });

  it("refuses years outside the data rather than guess", () => {
    expect(() => isBankHoliday(parseIsoDate("2036-01-01"))).toThrow(OutsideBankHolidayDataError);
    expect(() => isBankHoliday(parseIsoDate("2009-12-25"))).toThrow(/2010 to 2035/);
    expect(() => listBankHolidays(2036)).toThrow(OutsideBankHolidayDataError);
  });
});

describe("getEasterSunday", () => {
  it("matches known Easter Sundays", () => {
    const known = {
      2000: "2000-04-23",
      2008: "2008-03-23",
      2011: "2011-04-24",
      2019: "2019-04-21",
      2024: "2024-03-31",
      2025: "2025-04-20",
      2026: "2026-04-05",
      2038: "2038-04-25",
      2285: "2285-03-22",
    };
    for (const [year, easter] of Object.entries(known)) expect(getEasterSunday(Number(year))).toBe(easter);
  });
});
