import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSuppressed, listTableRows, type ExportOutput } from "../exports/export-table";
import { findDeterminedCells, findExposedFigures } from "./attacker";
import { outputArbitrary } from "./output-arbitrary";
import { protectOutput } from "./protect";

/** Every shown cell of the protected output is the input's own figure. */
function shownAsGiven(input: ExportOutput, output: ExportOutput): boolean {
  return output.tables.every((table, t) => {
    const before = listTableRows(input.tables[t] as never);
    return listTableRows(table).every((row, r) => Object.entries(row).every(([k, v]) => isSuppressed(v) || v === before[r]?.[k]));
  });
}

describe("protectOutput by suppression, against the attacker", () => {
  it("leaves no hidden cell that the integer constraints of every relation shown pin to one value, no small count and no figure of a hidden count", () => {
    fc.assert(
      fc.property(outputArbitrary, fc.integer({ min: 3, max: 10 }), (output, threshold) => {
        const out = protectOutput(output, { threshold, method: "suppress" });
        expect(findDeterminedCells(out)).toEqual([]);
        expect(findExposedFigures(out, threshold)).toEqual([]);
        expect(shownAsGiven(output, out)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
