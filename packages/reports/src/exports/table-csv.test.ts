import { describe, expect, it } from "vitest";
import { SUPPRESSED, type ExportTable } from "./export-table";
import { exportTableCsv, toCsvCell } from "./table-csv";

const table: ExportTable = {
  id: "t",
  title: "Test",
  columns: [
    { key: "month", label: "Month", kind: "month" },
    { key: "on", label: "Decided on", kind: "date" },
    { key: "code", label: "Code", kind: "text" },
    { key: "n", label: "Children", kind: "count" },
    { key: "change", label: "Change", kind: "pence" },
    { key: "share", label: "Share", kind: "percent" },
    { key: "days", label: "Days", kind: "number" },
  ],
  rows: [
    { month: "2025-04", on: "2025-04-01", code: "-5", n: 12, change: -2_126_387, share: 12.5, days: -3.5 },
    { month: "2025-05", on: "2025-05-31", code: "=SUM(A1)", n: SUPPRESSED, change: SUPPRESSED, share: null, days: 0 },
  ],
  totalRow: { month: "Total", on: null, code: "+44, \"x\"", n: 30, change: 5, share: 100, days: null },
};

describe("a table as CSV", () => {
  it("writes every number as a number, negative money included, and neutralises only text", () => {
    const lines = exportTableCsv(table).split("\r\n");
    expect(lines[0]).toBe("Month,Decided on,Code,Children,Change (GBP),Share (%),Days");
    expect(lines[1]).toBe("2025-04-01,2025-04-01,'-5,12,-21263.87,12.5,-3.5");
    expect(lines[2]).toBe("2025-05-01,2025-05-31,'=SUM(A1),c,c,,0");
    expect(lines[3]).toBe("Total,,\"'+44, \"\"x\"\"\",30,0.05,100,");
    expect(lines[4]).toBe("");
    expect(lines).toHaveLength(5);
  });

  it("writes dates as ISO 8601 and a month as its first day; other text in a date column stays text", () => {
    const [month, on] = table.columns;
    if (!month || !on) throw new Error("columns");
    expect(toCsvCell(month, "2025-04")).toBe("2025-04-01");
    expect(toCsvCell(on, "2025-02-28")).toBe("2025-02-28");
    expect(toCsvCell(on, "2025-02-30")).toBe("2025-02-30"); // not a date: text, as given
    expect(toCsvCell(month, "Total")).toBe("Total");
  });
});
