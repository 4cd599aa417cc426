import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDashboardValue } from "../dashboards/dashboard-view";
import { formatCategoryCell, formatCellForDisplay } from "./display";
import { isFigureKind, percentToFraction, readFileDate, SPREADSHEET_FORMATS, toUtcMidnight } from "./file-values";

describe("the conventions of a file's cells", () => {
  it("turns a percentage held as 12.5 into the fraction 0.125, exactly as the decimal reads", () => {
    expect(percentToFraction(12.5)).toBe(0.125);
    expect(percentToFraction(33.3)).toBe(0.333);
    expect(percentToFraction(-1.4)).toBe(-0.014);
    expect(percentToFraction(100)).toBe(1);
    fc.assert(fc.property(fc.integer({ min: -100_000, max: 100_000 }), (tenths) => {
      expect(percentToFraction(tenths / 10)).toBe(Number((tenths / 1000).toFixed(4)));
    }));
  });

  it("reads a date column's ISO date and a month column's month as a date; anything else is not one", () => {
    expect(readFileDate("date", "2024-02-29")).toBe("2024-02-29");
    expect(readFileDate("date", "2025-02-29")).toBeNull();
    expect(readFileDate("month", "2025-04")).toBe("2025-04-01");
    expect(readFileDate("month", "2025-13")).toBeNull();
    expect(readFileDate("month", "Total")).toBeNull();
    expect(readFileDate("text", "2025-04-01")).toBeNull();
  });

  it("makes a date cell at midnight UTC and gives dates and percentages their formats", () => {
    expect(toUtcMidnight(readFileDate("date", "2025-04-01") ?? (() => { throw new Error("date"); })()).toISOString()).toBe("2025-04-01T00:00:00.000Z");
    expect(SPREADSHEET_FORMATS.date).toBe("dd/mm/yyyy");
    expect(SPREADSHEET_FORMATS.month).toBe("mmmm yyyy");
    expect(SPREADSHEET_FORMATS.percent).toBe("0.0%");
  });

  it("shows a date column's ISO date and a month column's month in words on screen, on paper and on a chart's axis", () => {
    const month = { key: "month", label: "Month", kind: "month" as const };
    const on = { key: "on", label: "On", kind: "date" as const };
    expect(formatCellForDisplay(month, "2025-04")).toBe("April 2025");
    expect(formatCellForDisplay(on, "2025-04-01")).toBe("1 April 2025");
    expect(formatCellForDisplay(month, "Total")).toBe("Total");
    expect(formatDashboardValue("month", "2026-01")).toBe("January 2026");
    expect(formatDashboardValue("date", null)).toBe("–");
    expect(formatCategoryCell([month], "month", { month: "2025-09" })).toBe("September 2025");
    expect(["count", "pence", "number", "percent"].every((k) => isFigureKind(k as never))).toBe(true);
    expect(["text", "date", "month"].some((k) => isFigureKind(k as never))).toBe(false);
  });
});
