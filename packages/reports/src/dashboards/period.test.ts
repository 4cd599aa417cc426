import { describe, expect, it } from "vitest";
import { findPriorPeriod, lastDayOf, listMonths, resolveDashboardPeriod, shiftMonth } from "./period";

describe("dashboard periods", () => {
  it("a financial year is April to March", () => {
    const p = resolveDashboardPeriod({ kind: "financial_year", label: "2025-26" });
    expect(p).toMatchObject({ fromMonth: "2025-04", toMonth: "2026-03", label: "financial year 2025-26" });
    expect(p.months).toHaveLength(12);
  });

  it("an academic year is September to August, written 2025/26", () => {
    const p = resolveDashboardPeriod({ kind: "academic_year", label: "2025/26" });
    expect(p).toMatchObject({ fromMonth: "2025-09", toMonth: "2026-08", label: "academic year 2025/26" });
    expect(p.months[0]).toBe("2025-09");
    expect(p.months.at(-1)).toBe("2026-08");
  });

  it("a custom range keeps its months and refuses a backwards or overlong one", () => {
    expect(resolveDashboardPeriod({ kind: "custom", fromMonth: "2025-11", toMonth: "2026-02" }).months).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(() => resolveDashboardPeriod({ kind: "custom", fromMonth: "2026-02", toMonth: "2025-11" })).toThrow(RangeError);
    expect(() => resolveDashboardPeriod({ kind: "custom", fromMonth: "2000-01", toMonth: "2026-02" })).toThrow(RangeError);
  });

  it("moves months across years and finds the same months a year earlier", () => {
    expect(shiftMonth("2025-01", -1)).toBe("2024-12");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
    expect(shiftMonth("2025-04", -12)).toBe("2024-04");
    const prior = findPriorPeriod(resolveDashboardPeriod({ kind: "financial_year", label: "2025-26" }));
    expect(prior.months).toEqual(listMonths("2024-04", "2025-03"));
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
  });

  it("compares a year in progress only with the months of the year before up to this month", () => {
    const year = resolveDashboardPeriod({ kind: "financial_year", label: "2026-27" });
    const toDate = findPriorPeriod(year, "2026-12");
    expect(toDate.months).toEqual(listMonths("2025-04", "2025-12"));
    expect(toDate.label).toBe("the same months a year earlier");
    expect(findPriorPeriod(year, "2027-05").months).toEqual(listMonths("2025-04", "2026-03"));
    expect(findPriorPeriod(year, "2026-01").months).toEqual([]);
  });
});
