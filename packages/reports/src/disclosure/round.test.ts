import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSuppressed, listTableRows, type ExportTable } from "../exports/export-table";
import { findDeterminedCells } from "./attacker";
import { outputArbitrary } from "./output-arbitrary";
import { protectOutput } from "./protect";
import { roundCount } from "./rule";

const RULE = { threshold: 5, method: "round" } as const;

const table: ExportTable = {
  id: "streams",
  title: "Streams",
  columns: [
    { key: "stream", label: "Stream", kind: "text" },
    { key: "n", label: "Children", kind: "count" },
    { key: "pence", label: "Paid", kind: "pence", suppressWith: "n" },
    { key: "median", label: "Median days", kind: "number", derivedFrom: ["n"] },
  ],
  rows: [
    { stream: "Education", n: 42, pence: 420_000, median: 12 },
    { stream: "Health", n: 2, pence: 30_000, median: 40 },
    { stream: "Transport", n: 0, pence: 0, median: null },
    { stream: "Social care", n: 13, pence: 50_000, median: 9 },
  ],
  totalRow: { stream: "Total", n: 57, pence: 500_000, median: 12 },
};

describe("rounding to the nearest 5", () => {
  it("rounds each count on its own, halves up, 0 staying 0", () => {
    expect([0, 1, 2, 3, 7, 8, 12, 13, 57].map(roundCount)).toEqual([0, 0, 0, 5, 5, 10, 10, 15, 55]);
  });

  it("rounds every count, totals too, hides the money and figures of a group under the threshold, and money a total gives back", () => {
    const [out] = protectOutput({ tables: [table] }, RULE).tables;
    expect(out?.rows.map((r) => r.n)).toEqual([40, 0, 0, 15]);
    expect(out?.totalRow?.n).toBe(55);
    const health = out?.rows[1] ?? {};
    expect(isSuppressed(health.pence)).toBe(true);
    expect(isSuppressed(health.median)).toBe(true);
    // The totals row would give Health's money back: the smallest other money is hidden with it.
    expect(isSuppressed(out?.rows[3]?.pence)).toBe(true);
    expect(out?.rows[0]?.pence).toBe(420_000);
    expect(out?.totalRow?.pence).toBe(500_000);
  });

  it("never marks a count as hidden, never shows a count that is not a multiple of 5, and leaves no money to be worked out", () => {
    fc.assert(
      fc.property(outputArbitrary, fc.integer({ min: 3, max: 10 }), (output, threshold) => {
        const out = protectOutput(output, { threshold, method: "round" });
        for (const t of out.tables) {
          const counts = t.columns.filter((c) => c.kind === "count");
          for (const row of listTableRows(t)) for (const c of counts) {
            const cell = row[c.key];
            expect(isSuppressed(cell)).toBe(false);
            if (typeof cell === "number") expect(cell % 5).toBe(0);
          }
        }
        expect(findDeterminedCells(out, { countsRounded: true })).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
