import { describe, expect, it } from "vitest";
import type { ExportTable } from "./export-table";
import { cellOf, findUntrueRelations, sameFigure } from "./output-sums";
import { findCountsBreakingRule } from "./release-check";
import { SUPPRESSED } from "./export-table";

const decided: ExportTable = {
  id: "decided",
  title: "Decided",
  columns: [
    { key: "outcome", label: "Outcome", kind: "text" },
    { key: "n", label: "Requests", kind: "count" },
  ],
  rows: [
    { outcome: "Approved", n: 70 },
    { outcome: "Refused", n: 3 },
    { outcome: "All decided", n: 73 },
  ],
  subtotals: [{ row: 2, of: [0, 1] }],
};
const received: ExportTable = {
  id: "received",
  title: "Received",
  columns: [{ key: "month", label: "Month", kind: "text" }, { key: "approved", label: "Approved", kind: "count" }],
  rows: [{ month: "April", approved: 30 }, { month: "May", approved: 40 }],
  totalRow: { month: "Total", approved: 70 },
};

describe("findUntrueRelations", () => {
  it("finds nothing wrong where every subtotal, total and sum holds", () => {
    expect(findUntrueRelations({ tables: [decided, received], sums: [sameFigure(cellOf("decided", 0, "n"), cellOf("received", "total", "approved"))] })).toEqual([]);
  });

  it("names a subtotal or a sum the figures do not keep, a cell that is not there and a table id used twice", () => {
    const wrong = { ...decided, rows: [...decided.rows.slice(0, 2), { outcome: "All decided", n: 74 }] };
    expect(findUntrueRelations({ tables: [wrong] })).toEqual(["decided[2].n is 74, but its parts (decided[0].n + decided[1].n) add up to 73"]);
    expect(findUntrueRelations({ tables: [decided, received], sums: [sameFigure(cellOf("decided", 1, "n"), cellOf("received", "total", "approved"))] })).toEqual([
      "decided[1].n is 3, but its parts (received[total].approved) add up to 70",
    ]);
    expect(findUntrueRelations({ tables: [decided], sums: [sameFigure(cellOf("decided", 5, "n"), cellOf("elsewhere", 0, "n"))] })).toEqual([
      "sum names decided[5].n, which is not in the output",
      "sum names elsewhere[0].n, which is not in the output",
    ]);
    expect(findUntrueRelations({ tables: [decided, decided] })).toContain("table decided appears twice");
  });

  it("leaves out a relation with a hidden member: a published output keeps what it shows", () => {
    const published = { ...decided, rows: [{ outcome: "Approved", n: SUPPRESSED }, { outcome: "Refused", n: SUPPRESSED }, { outcome: "All decided", n: 73 }] };
    expect(findUntrueRelations({ tables: [published] })).toEqual([]);
  });
});

describe("findCountsBreakingRule", () => {
  it("finds a count from 1 to threshold − 1 by suppression, and one that is not a multiple of 5 by rounding, totals included", () => {
    expect(findCountsBreakingRule({ tables: [decided] }, { threshold: 5, method: "suppress" })).toEqual([{ table: "decided", row: 1, column: "n" }]);
    expect(findCountsBreakingRule({ tables: [received] }, { threshold: 5, method: "round" })).toEqual([]);
    const unrounded = { ...received, totalRow: { month: "Total", approved: 71 } };
    expect(findCountsBreakingRule({ tables: [unrounded] }, { threshold: 5, method: "round" })).toEqual([{ table: "received", row: "total", column: "approved" }]);
  });
});
