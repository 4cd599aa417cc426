import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { penceToPoundsText } from "../csv";
import { findAgeBand } from "./age-band";
import { penceToPoundsNumber, trimPoundsText } from "./money";
import { exportTableCsv } from "./table-csv";
import { listQuarterEnds, resolvePeriod, splitByFinancialYear } from "./period";
import { SUPPRESSED } from "./export-table";

describe("money at the edge of a file", () => {
  it("turns pence into a number of pounds that prints as the exact decimal", () => {
    expect(penceToPoundsNumber(123456)).toBe(1234.56);
    expect(penceToPoundsNumber(10)).toBe(0.1);
    expect(penceToPoundsNumber(-5)).toBe(-0.05);
    expect(trimPoundsText("12.00")).toBe("12");
    fc.assert(
      fc.property(fc.integer({ min: -9e14, max: 9e14 }), (pence) => {
        expect(String(penceToPoundsNumber(pence))).toBe(trimPoundsText(penceToPoundsText(pence)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("table CSV", () => {
  it("writes pounds exactly, suppressed cells as c, neutralises formulas and ends rows with CRLF", () => {
    const csv = exportTableCsv({
      id: "t",
      title: "T",
      columns: [{ key: "name", label: "Name", kind: "text" }, { key: "n", label: "Children", kind: "count" }, { key: "p", label: "Paid", kind: "pence" }],
      rows: [{ name: "=HYPERLINK(\"http://x\")", n: SUPPRESSED, p: SUPPRESSED }, { name: "Health, NHS", n: 12, p: 100001 }],
      totalRow: { name: "Total", n: 12, p: 100001 },
    });
    expect(csv).toBe('Name,Children,Paid (GBP)\r\n"\'=HYPERLINK(""http://x"")",c,c\r\n"Health, NHS",12,1000.01\r\nTotal,12,1000.01\r\n');
  });
});

describe("periods and ages", () => {
  it("resolves financial, academic and custom periods", () => {
    expect(resolvePeriod({ kind: "financial_year", label: "2025-26" })).toMatchObject({ from: "2025-04-01", to: "2026-03-31" });
    expect(resolvePeriod({ kind: "academic_year", label: "2025-26" })).toMatchObject({ from: "2025-09-01", to: "2026-08-31" });
    expect(() => resolvePeriod({ kind: "custom", from: "2026-01-02", to: "2026-01-01" })).toThrow(RangeError);
    expect(splitByFinancialYear("2025-09-01", "2026-08-31").map((y) => [y.label, y.from, y.to])).toEqual([
      ["2025-26", "2025-09-01", "2026-03-31"],
      ["2026-27", "2026-04-01", "2026-08-31"],
    ]);
    expect(listQuarterEnds("2025-04-01", "2026-03-31")).toEqual(["2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31"]);
  });

  it("bands ages as SEN2 does", () => {
    expect([0, 4, 5, 10, 11, 15, 16, 19, 20, 25, 26].map(findAgeBand)).toEqual([
      "under_5", "under_5", "5_to_10", "5_to_10", "11_to_15", "11_to_15", "16_to_19", "16_to_19", "20_to_25", "20_to_25", "over_25",
    ]);
    expect(() => findAgeBand(-1)).toThrow(RangeError);
  });
});
