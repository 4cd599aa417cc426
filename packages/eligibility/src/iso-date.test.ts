import { describe, expect, it } from "vitest";
import { IsoDate, toCalendarDate } from "./iso-date";

describe("IsoDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2025-12-31", "1900-01-01", "2100-12-31"])("accepts the real date %s", (text) => {
    expect(IsoDate.safeParse(text).success).toBe(true);
  });

  it.each(["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])("refuses %s, a real date outside the dates a person may enter", (text) => {
    expect(IsoDate.safeParse(text).error?.issues.map((i) => i.message)).toEqual(["must be between 1900-01-01 and 2100-12-31"]);
  });

  it.each(["2024-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00"])(
    "refuses %s, naming it",
    (text) => {
      expect(IsoDate.safeParse(text).error?.issues.map((i) => i.message)).toEqual([`not a real date (${text})`]);
    },
  );

  it.each(["2025-1-01", "25-01-01", "2025-01-01T00:00", "30/02/2024"])("refuses %s as badly written", (text) => {
    expect(IsoDate.safeParse(text).error?.issues.map((i) => i.message)).toEqual([
      `must be a date written YYYY-MM-DD (got "${text}")`,
    ]);
  });

  it("says a missing date is required and a number is not a date", () => {
    expect(IsoDate.safeParse(undefined).error?.issues[0]?.message).toBe("is required");
    expect(IsoDate.safeParse(20250101).error?.issues[0]?.message).toBe("must be a date written YYYY-MM-DD (got 20250101)");
  });
});

describe("toCalendarDate", () => {
  it("hands a checked date to @pb/calendar and refuses one that is not real", () => {
    expect(toCalendarDate("2024-02-29")).toBe("2024-02-29");
    expect(() => toCalendarDate("2024-02-30")).toThrow(RangeError);
  });
});
