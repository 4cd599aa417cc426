import type { ExportOutput } from "../exports/export-table";
import { findPinnedInComponent, relationToFact, splitComponents, type HiddenCells, type LinearFact } from "./linear-system";
import { listMeasureCells, listRelations, parseCellKey, type CellKey } from "./relations";
import { ROUNDING_BASE } from "./rule";
import { q } from "./solver/rational";
import type { DeterminedCell } from "./attacker";

/** How the counts were rounded, as the reader knows from the About sheet. */
export type RoundingKnowledge = {
  /**
   * Every count, totals too, was rounded on its own (the first version of the "round" method). By
   * default, as the method now works: only counts that are the total of no relation shown were
   * rounded, and each total is the sum of its parts as shown, so it bounds nothing its parts do not.
   */
  totalsRoundedOnTheirOwn?: boolean;
};

/**
 * The attacker against the "round" method: each rounded count shown as r was, before rounding to
 * the nearest 5 (halves up), a whole number from r − 2 to r + 2 (and not negative); a hidden count
 * or a summed total is any whole number; the true counts meet every relation the output shows. The
 * counts whose true value that pins, with the value. Rounding totals on their own does not hold:
 * four groups of 3, each shown as 5, under a total of 12 shown as 10, are each 3 (4 × 3 is the most
 * the total can be).
 */
export function findUnroundedCounts(published: ExportOutput, knowledge: RoundingKnowledge = {}): DeterminedCell[] {
  const system = unroundingSystem(published, knowledge);
  return splitComponents(system).flatMap((component) =>
    (findPinnedInComponent(system, component) ?? []).flatMap(({ key, value }) => (value === null ? [] : [{ ...parseCellKey(key), value: Number(value) }])),
  );
}

/**
 * The protector's audit by the same reasoning: it knows the true counts (one solution), and is
 * cautious, so a count the search cannot settle counts as pinned.
 */
export function auditRounding(published: ExportOutput, truth: ReadonlyMap<CellKey, number>): CellKey[] {
  const system = unroundingSystem(published, {});
  const value = (k: CellKey) => q(truth.get(k) ?? 0);
  return splitComponents(system).flatMap((component) => (findPinnedInComponent(system, component, { truth: value, strict: true }) ?? []).map((p) => p.key));
}

/** What the reader knows: the relations shown, and each rounded count within 2 of its figure. */
function unroundingSystem(published: ExportOutput, knowledge: RoundingKnowledge): HiddenCells {
  const below = Math.floor(ROUNDING_BASE / 2);
  const above = Math.ceil(ROUNDING_BASE / 2) - 1;
  const cells = listMeasureCells(published);
  const relations = listRelations(published, cells).filter((r) => r.measure === "count");
  const totals = new Set(relations.map((r) => r.total));
  const counts = new Set([...cells.values()].filter((c) => c.measure === "count").map((c) => c.key));
  const rounded = new Map(
    [...cells.values()].flatMap((c): [CellKey, number][] =>
      c.measure === "count" && typeof c.value === "number" && (knowledge.totalsRoundedOnTheirOwn || !totals.has(c.key)) ? [[c.key, c.value]] : [],
    ),
  );
  const ceilings: LinearFact[] = [...rounded].map(([k, r]) => ({ terms: [[k, q(1)]], sense: "<=", rhs: q(r + above) }));
  return {
    facts: [...relations.map(relationToFact), ...ceilings],
    isHidden: (k) => counts.has(k),
    shown: () => q(0),
    lower: (k) => q(Math.max(0, (rounded.get(k) ?? 0) - below)),
  };
}
