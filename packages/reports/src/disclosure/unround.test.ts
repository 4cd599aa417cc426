import { describe, expect, it } from "vitest";
import { isSuppressed, type ExportOutput, type ExportTable } from "../exports/export-table";
import { protectOutput } from "./protect";
import { roundCount } from "./rule";
import { findUnroundedCounts } from "./unround";

const table = (id: string, counts: number[]): ExportTable => ({
  id,
  title: id,
  columns: [{ key: "label", label: "Group", kind: "text" }, { key: "n", label: "Children", kind: "count" }],
  rows: counts.map((n, i) => ({ label: `g${i}`, n })),
  totalRow: { label: "Total", n: counts.reduce((a, b) => a + b, 0) },
});
const ROUND = { threshold: 5, method: "round" } as const;

/** Every count, the total too, rounded on its own: the first version of the method. */
function roundEachOnItsOwn(t: ExportTable): ExportTable {
  const r = (row: ExportTable["rows"][number]) => ({ ...row, n: roundCount(row.n as number) });
  return { ...t, rows: t.rows.map(r), totalRow: t.totalRow && r(t.totalRow) };
}

describe("undoing rounding to the nearest 5", () => {
  it("finds nothing where the rounded figures leave room", () => {
    const out = protectOutput({ tables: [table("t", [3, 12, 41, 0])] }, ROUND);
    expect(findUnroundedCounts(out)).toEqual([]);
  });

  it("gets small counts back from totals rounded on their own: every part rounded up and the total down", () => {
    const out = { tables: [roundEachOnItsOwn(table("t", [3, 3, 3, 3]))] };
    expect(out.tables[0]?.rows.map((r) => r.n)).toEqual([5, 5, 5, 5]);
    expect(out.tables[0]?.totalRow?.n).toBe(10);
    const found = findUnroundedCounts(out, { totalsRoundedOnTheirOwn: true }).map((c) => [c.row, c.value]);
    expect(found).toHaveLength(5);
    expect(found).toEqual(expect.arrayContaining([[0, 3], [1, 3], [2, 3], [3, 3], ["total", 12]]));
  });

  it("gets nothing back from the same counts under the round method, whose total is the sum of the rounded parts", () => {
    const out = protectOutput({ tables: [table("t", [3, 3, 3, 3])] }, ROUND);
    expect(out.tables[0]?.rows.map((r) => r.n)).toEqual([5, 5, 5, 5]);
    expect(out.tables[0]?.totalRow?.n).toBe(20);
    expect(findUnroundedCounts(out)).toEqual([]);
  });

  // Two tables of the same six children: three groups of 2 (each shown as 0, so at most 6) and two
  // groups of 3 (each shown as 5, so at least 6). Rounded as they are, the reader gets every count.
  it("hides a count where two tables of the same children would give each other back, and the totals it is part of", () => {
    const tied: ExportOutput = {
      tables: [table("first", [2, 2, 2]), table("second", [3, 3])],
      sums: [{ total: { table: "second", row: "total", column: "n" }, parts: [{ table: "first", row: "total", column: "n" }] }],
    };
    const asIs = { ...tied, tables: tied.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, n: roundCount(r.n as number) })), totalRow: { label: "Total", n: t.id === "first" ? 0 : 10 } })) };
    expect(findUnroundedCounts(asIs)).toHaveLength(7);

    const out = protectOutput(tied, ROUND);
    expect(findUnroundedCounts(out)).toEqual([]);
    const hidden = out.tables.flatMap((t) => [...t.rows, t.totalRow].filter((r) => isSuppressed(r?.n)));
    expect(hidden.length).toBeGreaterThan(0);
    // The two totals are one figure to a reader, and show one value (here: hidden, as a total of a hidden count).
    expect(out.tables[0]?.totalRow?.n).toEqual(out.tables[1]?.totalRow?.n);
  });
});
