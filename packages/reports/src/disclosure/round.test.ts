import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSuppressed, listTableRows, SUPPRESSED, type ExportTable } from "../exports/export-table";
import { findDeterminedCells } from "./attacker";
import { outputArbitrary } from "./output-arbitrary";
import { protectOutput } from "./protect";
import { roundCount } from "./rule";
import { findUnroundedCounts } from "./unround";

const RULE = { threshold: 5, method: "round" } as const;

const table: ExportTable = {
  id: "streams",
  title: "Streams",
  columns: [
    { key: "stream", label: "Stream", kind: "text" },
    { key: "n", label: "Children", kind: "count" },
    { key: "pence", label: "Paid", kind: "pence", suppressWith: "n" },
    { key: "median", label: "Median days", kind: "number", derivedFrom: ["n"], derivation: "summary" },
    { key: "mean", label: "Paid per child", kind: "pence", derivedFrom: ["pence", "n"], derivation: "ratio" },
    { key: "share", label: "Share of children", kind: "percent", derivedFrom: ["n", { row: "total", column: "n" }] },
    { key: "perMonth", label: "Children a month", kind: "number", derivedFrom: ["n"] },
  ],
  rows: [
    { stream: "Education", n: 42, pence: 420_000, median: 12, mean: 10_000, share: 73.7, perMonth: 3.5 },
    { stream: "Health", n: 2, pence: 30_000, median: 40, mean: 15_000, share: 3.5, perMonth: 0.2 },
    { stream: "Transport", n: 0, pence: 0, median: null, mean: null, share: 0, perMonth: 0 },
    { stream: "Social care", n: 13, pence: 50_000, median: 9, mean: 3_846, share: 22.8, perMonth: 1.1 },
  ],
  totalRow: { stream: "Total", n: 57, pence: 500_000, median: 12, mean: 8_772, share: 100, perMonth: 4.8 },
};

describe("rounding to the nearest 5", () => {
  it("rounds each count on its own, halves up, 0 staying 0", () => {
    expect([0, 1, 2, 3, 7, 8, 12, 13, 57].map(roundCount)).toEqual([0, 0, 0, 5, 5, 10, 10, 15, 55]);
  });

  it("rounds each group's count, shows the total as their sum, hides the money and figures of a group under the threshold, and money a total gives back", () => {
    const [out] = protectOutput({ tables: [table] }, RULE).tables;
    expect(out?.rows.map((r) => r.n)).toEqual([40, 0, 0, 15]);
    expect(out?.totalRow?.n).toBe(55);
    expect(out?.rows[0]?.median).toBe(12);
    const health = out?.rows[1] ?? {};
    expect(isSuppressed(health.pence)).toBe(true);
    expect(isSuppressed(health.median)).toBe(true);
    // The totals row would give Health's money back: the smallest other money is hidden with it.
    expect(isSuppressed(out?.rows[3]?.pence)).toBe(true);
    expect(out?.rows[0]?.pence).toBe(420_000);
    expect(out?.totalRow?.pence).toBe(500_000);
  });

  it("recomputes a share from the rounded figures, and hides exact ratios of a count (a mean per child, a rate), declared or not", () => {
    const [out] = protectOutput({ tables: [table] }, RULE).tables;
    expect(out?.rows.map((r) => r.share)).toEqual([72.7, SUPPRESSED, 0, 27.3]);
    expect(out?.totalRow?.share).toBe(100);
    for (const row of [...(out?.rows ?? []), out?.totalRow ?? {}]) {
      if (row.mean !== null) expect(isSuppressed(row.mean)).toBe(true);
      expect(isSuppressed(row.perMonth)).toBe(true);
    }
  });

  it("shows one value for a total two tables share: the sum of the first declared relation's parts, as published", () => {
    const column = (id: string, counts: number[]): ExportTable => ({
      id,
      title: id,
      columns: [{ key: "label", label: "Group", kind: "text" }, { key: "n", label: "Children", kind: "count" }],
      rows: counts.map((n, i) => ({ label: `g${i}`, n })),
      totalRow: { label: "Total", n: counts.reduce((a, b) => a + b, 0) },
    });
    const sums = [{ total: { table: "second", row: "total" as const, column: "n" }, parts: [{ table: "first", row: "total" as const, column: "n" }] }];
    const [first, second] = [column("first", [12, 14]), column("second", [13, 13])];
    const out = protectOutput({ tables: [first, second], sums }, RULE);
    expect(out.tables.map((t) => [t.rows.map((r) => r.n), t.totalRow?.n])).toEqual([[[10, 15], 25], [[15, 15], 25]]);
    expect(findUnroundedCounts(out)).toEqual([]);
    // Declared the other way round, the other table's rows decide.
    const swapped = protectOutput({ tables: [second, first], sums }, RULE);
    expect(swapped.tables.map((t) => t.totalRow?.n)).toEqual([30, 30]);
  });

  it("hides a count only where two tables count the same children, shows no count that is not a multiple of 5, and leaves no money to be worked out", () => {
    fc.assert(
      fc.property(outputArbitrary, fc.integer({ min: 3, max: 10 }), (output, threshold) => {
        const out = protectOutput(output, { threshold, method: "round" });
        for (const t of out.tables) {
          const counts = t.columns.filter((c) => c.kind === "count");
          for (const row of listTableRows(t)) for (const c of counts) {
            const cell = row[c.key];
            if (!output.sums) expect(isSuppressed(cell)).toBe(false);
            if (typeof cell === "number") expect(cell % 5).toBe(0);
          }
        }
        expect(findDeterminedCells(out, { countsRounded: true })).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
