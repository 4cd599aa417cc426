import { describe, expect, it } from "vitest";
import { IsoDate, calculateAge, findDayOfWeek, formatDateForPeople, parseIsoDate, readIsoDate } from "./iso-date";

describe("parseIsoDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2025-12-31", "0001-01-01"])("accepts the real date %s", (text) => {
    expect(parseIsoDate(text)).toBeDefined();
  });

  it.each(["2024-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-1-01", "25-01-01", "2025-01-01T00:00"])(
    "refuses %s",
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );
});

describe("calculateAge", () => {
  const age = (dob: string, on: string) => calculateAge(readIsoDate(dob), readIsoDate(on));

  it("counts a birthday from the day itself", () => {
    expect(age("2007-03-01", "2025-02-28")).toBe(17);
    expect(age("2007-03-01", "2025-03-01")).toBe(18);
  });

  it("gives someone born on 29 February their birthday on 1 March in other years", () => {
    expect(age("2008-02-29", "2025-02-28")).toBe(16);
    expect(age("2008-02-29", "2025-03-01")).toBe(17);
    expect(age("2008-02-29", "2028-02-29")).toBe(20);
  });
});

describe("findDayOfWeek and formatDateForPeople", () => {
  it("knows the weekday of known dates", () => {
    expect(findDayOfWeek(readIsoDate("2025-06-27"))).toBe(5);
    expect(findDayOfWeek(readIsoDate("2000-01-01"))).toBe(6);
  });

  it("writes dates as families read them", () => {
    expect(formatDateForPeople(readIsoDate("2025-06-27"))).toBe("27 June 2025");
  });
});

describe("IsoDate schema", () => {
  it("says why a date is refused", () => {
    expect(IsoDate.safeParse("2024-02-30").error?.issues[0]?.message).toBe("not a real date (2024-02-30)");
    expect(IsoDate.safeParse("30/02/2024").error?.issues[0]?.message).toBe('must be a date written YYYY-MM-DD (got "30/02/2024")');
  });
});
