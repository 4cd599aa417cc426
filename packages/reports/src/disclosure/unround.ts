import type { ExportOutput } from "../exports/export-table";
import { findPinnedInComponent, relationToFact, splitComponents, type HiddenCells, type LinearFact } from "./linear-system";
import { listMeasureCells, listRelations, parseCellKey, type CellKey } from "./relations";
import { ROUNDING_BASE } from "./rule";
import { q } from "./solver/rational";
import type { DeterminedCell } from "./attacker";

/**
 * The attacker against the "round" method: each count shown as r was, before rounding to the
 * nearest 5 (halves up), a whole number from r − 2 to r + 2 (and not negative), and the true counts
 * meet every relation the output shows. The counts whose true value that pins, with the value.
 * Rounding each count on its own does not always hold: four groups of 3, each shown as 5, under a
 * total of 12 shown as 10, are each 3 (4 × 3 is the most the total can be).
 */
export function findUnroundedCounts(published: ExportOutput): DeterminedCell[] {
  const below = Math.floor(ROUNDING_BASE / 2);
  const above = Math.ceil(ROUNDING_BASE / 2) - 1;
  const cells = listMeasureCells(published);
  const counts = new Map([...cells.values()].flatMap((c): [CellKey, number][] => (c.measure === "count" && typeof c.value === "number" ? [[c.key, c.value]] : [])));
  const ceilings: LinearFact[] = [...counts].map(([k, r]) => ({ terms: [[k, q(1)]], sense: "<=", rhs: q(r + above) }));
  const system: HiddenCells = {
    facts: [...listRelations(published, cells).filter((r) => r.measure === "count").map(relationToFact), ...ceilings],
    isHidden: (k) => counts.has(k),
    shown: () => q(0),
    lower: (k) => q(Math.max(0, (counts.get(k) ?? 0) - below)),
  };
  return splitComponents(system).flatMap((component) =>
    (findPinnedInComponent(system, component) ?? []).flatMap(({ key, value }) => (value === null ? [] : [{ ...parseCellKey(key), value: Number(value) }])),
  );
}
