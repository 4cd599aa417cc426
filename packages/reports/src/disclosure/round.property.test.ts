import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSuppressed, type ExportOutput } from "../exports/export-table";
import { findDeterminedCells } from "./attacker";
import { shareOf } from "./derived";
import { edgeTiedArbitrary, outputArbitrary } from "./output-arbitrary";
import { protectOutput } from "./protect";
import { cellKey, listMeasureCells, listRelations, parseCellKey, type CellKey, type Relation } from "./relations";
import { figureAt, findCountsOffTheModel } from "./rounded-truth";
import { findUnroundedCounts } from "./unround";

/** The product's shapes, and two tables whose rounding meets at the edges (where rounding as it is would be undone). */
const outputs = fc.oneof(outputArbitrary, edgeTiedArbitrary);

/** Every cell of a column of the output whose key ends so (the arbitrary's shares, rates, medians). */
function cellsOf(output: ExportOutput, suffix: string): { key: CellKey; source: CellKey; derivedFrom: ({ row: number | "total"; column: string } | string)[] }[] {
  return output.tables.flatMap((t) =>
    t.columns
      .filter((c) => c.key.endsWith(suffix))
      .flatMap((c) => [...t.rows.map((_, i) => i), "total" as const].map((row) => ({ key: cellKey({ table: t.id, row, column: c.key }), source: cellKey({ table: t.id, row, column: c.key.slice(0, -suffix.length) }), derivedFrom: c.derivedFrom ?? [] }))),
  );
}

/** The test's own grouping of cells a one-part relation makes equal (the cells of one figure to a reader). */
function groupsOfEqualCells(relations: readonly Relation[]): (k: CellKey) => CellKey {
  const parent = new Map<CellKey, CellKey>();
  const find = (k: CellKey): CellKey => (parent.has(k) && parent.get(k) !== k ? find(parent.get(k) as CellKey) : k);
  for (const r of relations) if (r.parts.length === 1 && find(r.total) !== find(r.parts[0] as CellKey)) parent.set(find(r.total), find(r.parts[0] as CellKey));
  return find;
}

describe('protectOutput by "round", against a reader who knows how it rounds', () => {
  it("lets the reader pin no count (so none that is not a multiple of 5): leaves are the true counts rounded, totals the sums of what is shown", () => {
    fc.assert(
      fc.property(outputs, fc.integer({ min: 3, max: 10 }), (output, threshold) => {
        const out = protectOutput(output, { threshold, method: "round" });
        const truth = listMeasureCells(output);
        const relations = listRelations(output, truth).filter((r) => r.measure === "count");
        const totals = new Set(relations.map((r) => r.total));
        const shown = (k: CellKey) => figureAt(out, k);

        // The reader's model is true of this output: each shown leaf is its true count rounded, halves up
        // (so the true counts are one of the reader's solutions, and "pins nothing" is not vacuous).
        expect(findCountsOffTheModel(output, out)).toEqual([]);
        // Cells a one-part relation makes equal show one value. Each shown total is the sum of the shown
        // parts of a relation of its group, or the group's leaf; hidden only over a hidden count.
        const group = groupsOfEqualCells(relations);
        const members = new Map<CellKey, CellKey[]>();
        for (const k of truth.keys()) if (truth.get(k)?.measure === "count") members.set(group(k), [...(members.get(group(k)) ?? []), k]);
        for (const keys of members.values()) expect(new Set(keys.map(shown).filter((v) => !isSuppressed(v))).size).toBeLessThanOrEqual(1);
        const ownRelations = (k: CellKey) => relations.filter((r) => group(r.total) === group(k) && !(r.parts.length === 1 && group(r.parts[0] as CellKey) === group(k)));
        const hasLeaf = (k: CellKey) => (members.get(group(k)) ?? []).some((m) => !totals.has(m));
        for (const total of totals) {
          const value = shown(total);
          if (isSuppressed(value)) {
            const overHidden = ownRelations(total).some((r) => r.parts.some((p) => isSuppressed(shown(p)))) || (members.get(group(total)) ?? []).some((m) => !totals.has(m) && isSuppressed(shown(m)));
            expect(overHidden).toBe(true);
          } else {
            const adds = ownRelations(total).some((r) => r.parts.every((p) => typeof shown(p) === "number") && r.parts.reduce((a, p) => a + (shown(p) as number), 0) === value);
            expect(adds || hasLeaf(total)).toBe(true);
          }
        }
        // One table alone ties no leaf to another: nothing is hidden, and every relation adds up as shown.
        if (!output.sums) {
          for (const cell of truth.values()) if (cell.measure === "count") expect(isSuppressed(shown(cell.key))).toBe(false);
          for (const r of relations) expect(r.parts.reduce((a, p) => a + (shown(p) as number), 0)).toBe(shown(r.total));
        }

        expect(findUnroundedCounts(out)).toEqual([]);
        expect(findDeterminedCells(out, { countsRounded: true })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("shows shares of the published figures, no rate a month, and medians and money only of groups of 0 or at least the threshold", () => {
    fc.assert(
      fc.property(outputs, fc.integer({ min: 3, max: 10 }), (output, threshold) => {
        const out = protectOutput(output, { threshold, method: "round" });
        const trueCount = (k: CellKey) => figureAt(output, k) as number;
        for (const { key, derivedFrom } of cellsOf(out, "Share")) {
          const s = figureAt(out, key);
          if (s === null || s === undefined || isSuppressed(s)) continue;
          const [part, base] = derivedFrom.map((d) => figureAt(out, cellKey({ ...parseCellKey(key), ...(typeof d === "string" ? { column: d } : d) })));
          expect(s).toBe(shareOf(part as number, base as number));
        }
        for (const { key } of cellsOf(out, "Rate")) {
          const s = figureAt(out, key);
          if (s !== undefined) expect(isSuppressed(s)).toBe(true);
        }
        for (const suffix of ["Median", "Pence"]) {
          for (const { key, source } of cellsOf(out, suffix)) {
            const s = figureAt(out, key);
            if (s === null || s === undefined || isSuppressed(s)) continue;
            const n = trueCount(source);
            expect(n === 0 || n >= threshold).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
