import { describe, expect, it } from "vitest";
import { latestSen2CensusDateWithin, sen2CensusDate } from "./census-dates";

describe("the SEN2 census date", () => {
  it("is the third Thursday of January, as the DfE's survey guide names each year", () => {
    expect(sen2CensusDate(2024)).toBe("2024-01-18");
    expect(sen2CensusDate(2025)).toBe("2025-01-16");
    expect(sen2CensusDate(2026)).toBe("2026-01-15");
    expect(sen2CensusDate(2027)).toBe("2027-01-21");
  });

  it("falls between the 15th and the 21st whatever weekday the year starts on", () => {
    for (let year = 2020; year <= 2040; year++) {
      const day = Number(sen2CensusDate(year).slice(8));
      expect(day).toBeGreaterThanOrEqual(15);
      expect(day).toBeLessThanOrEqual(21);
    }
  });

  it("finds the latest census date in a period, or none", () => {
    expect(latestSen2CensusDateWithin("2025-04-01", "2026-03-31")).toBe("2026-01-15");
    expect(latestSen2CensusDateWithin("2024-04-01", "2026-12-31")).toBe("2026-01-15");
    expect(latestSen2CensusDateWithin("2026-01-16", "2026-12-31")).toBeNull();
    expect(latestSen2CensusDateWithin("2026-01-15", "2026-01-15")).toBe("2026-01-15");
  });
});
