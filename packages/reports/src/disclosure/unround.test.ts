import { describe, expect, it } from "vitest";
import type { ExportTable } from "../exports/export-table";
import { protectOutput } from "./protect";
import { findUnroundedCounts } from "./unround";

const table = (counts: number[]): ExportTable => ({
  id: "t",
  title: "T",
  columns: [{ key: "label", label: "Group", kind: "text" }, { key: "n", label: "Children", kind: "count" }],
  rows: counts.map((n, i) => ({ label: `g${i}`, n })),
  totalRow: { label: "Total", n: counts.reduce((a, b) => a + b, 0) },
});

describe("undoing rounding to the nearest 5", () => {
  it("finds nothing where the rounded figures leave room", () => {
    const out = protectOutput({ tables: [table([3, 12, 41, 0])] }, { threshold: 5, method: "round" });
    expect(findUnroundedCounts(out)).toEqual([]);
  });

  // A known limit of rounding each figure on its own, said here so that a council choosing it knows.
  it("gets small counts back where every part is rounded up and the total down", () => {
    const out = protectOutput({ tables: [table([3, 3, 3, 3])] }, { threshold: 5, method: "round" });
    expect(out.tables[0]?.rows.map((r) => r.n)).toEqual([5, 5, 5, 5]);
    expect(out.tables[0]?.totalRow?.n).toBe(10);
    const found = findUnroundedCounts(out).map((c) => [c.row, c.value]);
    expect(found).toHaveLength(5);
    expect(found).toEqual(expect.arrayContaining([[0, 3], [1, 3], [2, 3], [3, 3], ["total", 12]]));
  });
});
