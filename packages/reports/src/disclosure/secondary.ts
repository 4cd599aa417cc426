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

/** Hidden cells a reader could pin to one value: the protector's audit (see ./audit). */
export type Audit = (system: ProtectedSystem) => CellKey[];

/**
 * Secondary suppression by audit and extension: while the audit finds a hidden cell pinned, hide
 * the best complement beside it, until none is pinned or nothing is left to hide.
 */
export function extendUntilSafe(system: ProtectedSystem, audit: Audit): void {
  const stuck = new Set<CellKey>();
  for (;;) {
    const pinned = audit(system).filter((k) => !stuck.has(k));
    const first = pinned[0];
    if (first === undefined) return;
    const complement = pickComplement(system, first);
    if (complement === undefined) stuck.add(first);
    else system.hidden.add(complement);
  }
}

/**
 * The complement that protects at least cost: a shown, non-zero part of a relation the pinned cell
 * is in, smallest first (hiding a zero protects nothing: a reader knows zeros are shown), then
 * such a cell of any relation the pinned cell's relations reach through hidden cells, and only
 * then a total.
 */
function pickComplement(system: ProtectedSystem, pinned: CellKey): CellKey | undefined {
  const { values, hidden } = system;
  const near = system.relations.filter((r) => r.total === pinned || r.parts.includes(pinned));
  const best = (relations: readonly Relation[]) => {
    const shownNonZero = (k: CellKey) => !hidden.has(k) && (values.get(k) ?? 0) !== 0;
    const byValue = (a: CellKey, b: CellKey) => Math.abs(values.get(a) ?? 0) - Math.abs(values.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
    const parts = relations.flatMap((r) => r.parts).filter(shownNonZero).sort(byValue);
    if (parts[0] !== undefined) return parts[0];
    return relations.map((r) => r.total).filter(shownNonZero).sort(byValue)[0];
  };
  return best(near) ?? best(reachableRelations(system, pinned));
}

/** Every relation linked to the cell through hidden cells: where a chain of totals could pin it. */
function reachableRelations(system: ProtectedSystem, start: CellKey): Relation[] {
  const seen = new Set<CellKey>([start]);
  const found = new Set<Relation>();
  const queue = [start];
  for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
    for (const r of system.relations) {
      if (found.has(r) || (r.total !== key && !r.parts.includes(key))) continue;
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
 * The quick audit: a relation with exactly one hidden member gives it back by subtraction, and one
 * whose hidden parts must add up to the least they can each be (two counts summing to 2) gives each.
 */
export const auditByRelation: Audit = ({ values, relations, hidden, lowerBound }) => {
  const pinned: CellKey[] = [];
  for (const r of relations) {
    const members = [r.total, ...r.parts];
    const hiddenMembers = members.filter((k) => hidden.has(k));
    if (hiddenMembers.length === 1) pinned.push(hiddenMembers[0] as CellKey);
    else if (hiddenMembers.length > 1 && !hidden.has(r.total)) {
      const hiddenParts = r.parts.filter((k) => hidden.has(k));
      const rest = (values.get(r.total) ?? 0) - r.parts.filter((k) => !hidden.has(k)).reduce((s, k) => s + (values.get(k) ?? 0), 0);
      const least = hiddenParts.map(lowerBound);
      if (least.every((l) => l !== null) && rest === least.reduce((a: number, b) => a + (b ?? 0), 0)) pinned.push(...hiddenParts);
    }
  }
  return pinned;
};
