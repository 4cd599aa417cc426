import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseSuppressedValues, suppressCountGrid, type CountGrid } from "./suppression";

const THRESHOLD = 5;

/** Every sum of a grid with its margins, as lists of the returned values. */
function sumsOf(g: ReturnType<typeof suppressCountGrid>): (number | null)[][] {
  const lines: (number | null)[][] = [];
  g.cells.forEach((row, r) => g.rowTotals && lines.push([...row, g.rowTotals[r] ?? null]));
  g.columnTotals?.forEach((total, c) => lines.push([...g.cells.map((row) => row[c] ?? null), total]));
  if (g.grandTotal !== undefined && g.columnTotals) lines.push([...g.columnTotals, g.grandTotal]);
  if (g.grandTotal !== undefined && g.rowTotals) lines.push([...g.rowTotals, g.grandTotal]);
  return lines;
}

const gridArbitrary = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 6 }), margins: fc.constantFrom("both", "rows", "columns", "none") })
  .chain(({ rows, columns, margins }) =>
    fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 500 })), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }).map((cells): CountGrid => {
      const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
      const columnTotals = cells[0]?.map((_, c) => cells.reduce((a, row) => a + (row[c] ?? 0), 0)) ?? [];
      const grandTotal = rowTotals.reduce((a, b) => a + b, 0);
      return {
        cells,
        ...(margins !== "columns" && margins !== "none" && { rowTotals }),
        ...(margins !== "rows" && margins !== "none" && { columnTotals }),
        ...(margins !== "none" && { grandTotal }),
      };
    }),
  );

describe("small-number suppression", () => {
  it("hides a count under the threshold and the next-smallest count beside it, so the total gives neither back", () => {
    const out = suppressCountGrid({ cells: [[3, 40, 12]], rowTotals: [55] }, THRESHOLD);
    expect(out.cells).toEqual([[null, 40, null]]);
    expect(out.rowTotals).toEqual([55]);
  });

  it("shows zeros and counts at the threshold", () => {
    const out = suppressCountGrid({ cells: [[0, 5, 9]], rowTotals: [14] }, THRESHOLD);
    expect(out.cells).toEqual([[0, 5, 9]]);
  });

  it("hides a small total, and a cell its total would give back", () => {
    const out = suppressCountGrid({ cells: [[2, 0], [10, 20]], columnTotals: [12, 20], rowTotals: [2, 30], grandTotal: 32 }, THRESHOLD);
    expect(out.cells[0]?.[0]).toBeNull();
    expect(out.rowTotals?.[0]).toBeNull();
    expect(out.cells[1]?.[0]).toBeNull(); // column: 2 hidden, 10 hidden with it
  });

  it("hides the total when the hidden cell is the only term", () => {
    const hidden = chooseSuppressedValues([3, 3], [{ parts: [0], total: 1 }], THRESHOLD);
    expect(hidden).toEqual([true, true]);
    const big = chooseSuppressedValues([3, 70, 73], [{ parts: [0, 1], total: 2 }], THRESHOLD);
    expect(big).toEqual([true, true, false]);
  });

  it("never shows a small count, never leaves a sum with exactly one hidden term, and never changes what it shows", () => {
    fc.assert(
      fc.property(gridArbitrary, fc.integer({ min: 1, max: 11 }), (grid, threshold) => {
        const out = suppressCountGrid(grid, threshold);
        const shown = [...out.cells.flat(), ...(out.rowTotals ?? []), ...(out.columnTotals ?? []), ...(out.grandTotal === undefined ? [] : [out.grandTotal])];
        const input = [...grid.cells.flat(), ...(grid.rowTotals ?? []), ...(grid.columnTotals ?? []), ...(grid.grandTotal === undefined ? [] : [grid.grandTotal])];
        shown.forEach((v, i) => {
          if (v !== null) {
            expect(v).toBe(input[i]);
            expect(v === 0 || v >= threshold).toBe(true);
          }
        });
        for (const line of sumsOf(out)) expect(line.filter((v) => v === null).length).not.toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it("hides nothing when no count is small", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 5, max: 1000 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (cells) => {
        const rowTotals = cells.map((r) => r.reduce((a, b) => a + b, 0));
        const out = suppressCountGrid({ cells, rowTotals }, 5);
        expect(out.cells).toEqual(cells);
        expect(out.rowTotals).toEqual(rowTotals);
      }),
    );
  });
});
