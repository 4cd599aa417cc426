import type { CellKey, Relation } from "./relations";

/**
 * What the protector knows about one measure (counts, or money): every cell's true value, the
 * relations the output shows, and which cells are hidden so far.
 */
export type ProtectedSystem = {
  values: ReadonlyMap<CellKey, number>;
  relations: readonly Relation[];
  hidden: Set<CellKey>;
  /**
   * The least a hidden cell can be, as a reader knows it: 1 for counts (zeros are never hidden), 0
   * for money, null for money that may be negative.
   */
  lowerBound: (key: CellKey) => number | null;
};

/** Hidden cells a reader could pin to one value, over the whole system (see ./audit). */
export type Audit = (system: ProtectedSystem) => CellKey[];

/**
 * Secondary suppression by audit and extension: while a hidden cell can be pinned, hide the best
 * complement beside it. Each relation is checked on its own first, again whenever one of its cells
 * is newly hidden (cheap, and the usual finding); when none gives a cell back, the deep audit
 * solves the whole system, and its findings are extended the same way, until it finds none or
 * nothing is left to hide.
 */
export function extendUntilSafe(system: ProtectedSystem, deepAudit: Audit): void {
  const byCell = new Map<CellKey, Relation[]>();
  for (const r of system.relations) for (const k of [r.total, ...r.parts]) byCell.set(k, [...(byCell.get(k) ?? []), r]);
  const stuck = new Set<CellKey>();
  const queue = new Set(system.relations.filter((r) => [r.total, ...r.parts].some((k) => system.hidden.has(k))));
  const hide = (pinned: CellKey) => {
    const complement = pickComplement(system, byCell, pinned);
    if (complement === undefined) return stuck.add(pinned);
    system.hidden.add(complement);
    for (const r of byCell.get(complement) ?? []) queue.add(r);
  };
  for (;;) {
    const [relation] = queue;
    if (relation) {
      const pinned = checkRelation(system, relation).find((k) => !stuck.has(k));
      if (pinned === undefined) queue.delete(relation);
      else hide(pinned);
      continue;
    }
    const pinned = deepAudit(system).find((k) => !stuck.has(k));
    if (pinned === undefined) return;
    hide(pinned);
  }
}

/**
 * The complement that protects at least cost: a shown, non-zero part of a relation the pinned cell
 * is in, smallest first (hiding a zero protects nothing: a reader knows zeros are shown), then
 * such a cell of any relation the pinned cell's relations reach through hidden cells, and only
 * then a total.
 */
function pickComplement(system: ProtectedSystem, byCell: ReadonlyMap<CellKey, Relation[]>, pinned: CellKey): CellKey | undefined {
  const { values, hidden } = system;
  const best = (relations: readonly Relation[]) => {
    const shownNonZero = (k: CellKey) => !hidden.has(k) && (values.get(k) ?? 0) !== 0;
    const byValue = (a: CellKey, b: CellKey) => Math.abs(values.get(a) ?? 0) - Math.abs(values.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
    const parts = relations.flatMap((r) => r.parts).filter(shownNonZero).sort(byValue);
    if (parts[0] !== undefined) return parts[0];
    return relations.map((r) => r.total).filter(shownNonZero).sort(byValue)[0];
  };
  return best(byCell.get(pinned) ?? []) ?? best(reachableRelations(system, byCell, pinned));
}

/** Every relation linked to the cell through hidden cells: where a chain of totals could pin it. */
function reachableRelations(system: ProtectedSystem, byCell: ReadonlyMap<CellKey, Relation[]>, start: CellKey): Relation[] {
  const seen = new Set<CellKey>([start]);
  const found = new Set<Relation>();
  const queue = [start];
  for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
    for (const r of byCell.get(key) ?? []) {
      if (found.has(r)) continue;
      found.add(r);
      for (const k of [r.total, ...r.parts]) {
        if (!system.hidden.has(k) || seen.has(k)) continue;
        seen.add(k);
        queue.push(k);
      }
    }
  }
  return [...found];
}

/**
 * One relation on its own: exactly one hidden member is given back by subtraction, and hidden parts
 * that must add up to the least they can each be (two counts of at least 1 summing to 2) are each given.
 */
export function checkRelation({ values, hidden, lowerBound }: ProtectedSystem, r: Relation): CellKey[] {
  const members = [r.total, ...r.parts];
  const hiddenMembers = members.filter((k) => hidden.has(k));
  if (hiddenMembers.length === 1) return hiddenMembers;
  if (hiddenMembers.length === 0 || hidden.has(r.total)) return [];
  const hiddenParts = r.parts.filter((k) => hidden.has(k));
  const rest = (values.get(r.total) ?? 0) - r.parts.filter((k) => !hidden.has(k)).reduce((s, k) => s + (values.get(k) ?? 0), 0);
  const least = hiddenParts.map(lowerBound);
  return least.every((l) => l !== null) && rest === least.reduce((a: number, b) => a + (b ?? 0), 0) ? hiddenParts : [];
}

/** The audit relation by relation, over the whole system. */
export const auditByRelation: Audit = (system) => system.relations.flatMap((r) => checkRelation(system, r));
