import { describe, expect, it } from "vitest";
import { academicYearOf, academicYearStart, getAcademicYear } from "./academic-year";
import {
  countDaysInFinancialYear,
  financialYearEnd,
  financialYearOf,
  financialYearStart,
  getFinancialYear,
  listFinancialYearsBetween,
  listRecentFinancialYears,
  monthsOfFinancialYear,
} from "./financial-year";
import { parseIsoDate } from "./iso-date";

const d = parseIsoDate;

describe("financial years (1 April to 31 March)", () => {
  it("finds the year of a date", () => {
    expect(financialYearOf(d("2025-04-01"))).toEqual({ label: "2025-26", start: "2025-04-01", end: "2026-03-31" });
    expect(financialYearOf(d("2026-03-31")).label).toBe("2025-26");
    expect(financialYearOf(d("2025-03-31")).label).toBe("2024-25");
    expect(financialYearOf(d("2000-01-01")).label).toBe("1999-00");
  });

  it("reads labels", () => {
    expect(financialYearStart("2025-26")).toBe("2025-04-01");
    expect(financialYearEnd("2025-26")).toBe("2026-03-31");
    expect(getFinancialYear("1999-00").end).toBe("2000-03-31");
    for (const bad of ["2025-27", "2025-2026", "25-26", "2025", ""])
      expect(() => financialYearStart(bad), bad).toThrow(RangeError);
  });

  it("counts 366 days when the year holds a 29 February", () => {
    expect(countDaysInFinancialYear(getFinancialYear("2023-24"))).toBe(366);
    expect(countDaysInFinancialYear(getFinancialYear("2024-25"))).toBe(365);
    expect(countDaysInFinancialYear(getFinancialYear("2027-28"))).toBe(366);
  });

  it("lists the years a period touches", () => {
    expect(listFinancialYearsBetween(d("2025-04-01"), d("2026-03-31")).map((y) => y.label)).toEqual(["2025-26"]);
    expect(listFinancialYearsBetween(d("2025-03-31"), d("2025-04-01")).map((y) => y.label)).toEqual(["2024-25", "2025-26"]);
    expect(listFinancialYearsBetween(d("2024-01-01"), d("2026-06-30")).map((y) => y.label)).toEqual([
      "2023-24",
      "2024-25",
      "2025-26",
      "2026-27",
    ]);
    expect(() => listFinancialYearsBetween(d("2025-01-02"), d("2025-01-01"))).toThrow(RangeError);
  });

  it("lists its twelve months, April to March", () => {
    const months = monthsOfFinancialYear("2023-24");
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: "2023-04", start: "2023-04-01", end: "2023-04-30" });
    expect(months[10]).toEqual({ month: "2024-02", start: "2024-02-01", end: "2024-02-29" });
    expect(months[11]).toEqual({ month: "2024-03", start: "2024-03-01", end: "2024-03-31" });
  });

  it("lists the recent years up to today's, newest first, across a century's turn", () => {
    expect(listRecentFinancialYears(parseIsoDate("2026-12-06"), 3)).toEqual(["2026-27", "2025-26", "2024-25"]);
    expect(listRecentFinancialYears(parseIsoDate("2026-03-31"), 2)).toEqual(["2025-26", "2024-25"]);
    expect(listRecentFinancialYears(parseIsoDate("2100-04-01"), 2)).toEqual(["2100-01", "2099-00"]);
  });
});

describe("academic years (1 September to 31 August)", () => {
  it("finds the year of a date and reads labels", () => {
    expect(academicYearOf(d("2025-09-01"))).toEqual({ label: "2025-26", start: "2025-09-01", end: "2026-08-31" });
    expect(academicYearOf(d("2025-08-31")).label).toBe("2024-25");
    expect(academicYearOf(d("2026-01-15")).label).toBe("2025-26");
    expect(academicYearStart("2025-26")).toBe("2025-09-01");
    expect(getAcademicYear("2030-31").end).toBe("2031-08-31");
  });
});
