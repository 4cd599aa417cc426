import { findPinnedInComponent, relationToFact, splitComponents, type HiddenCells } from "./linear-system";
import type { CellKey } from "./relations";
import type { Audit, ProtectedSystem } from "./secondary";
import { q } from "./solver/rational";

const checked = new WeakMap<ProtectedSystem, Map<string, CellKey[]>>();

/**
 * The protector's deep audit: the exact integer bounds of every group of hidden cells that share
 * relations. It knows the true values (one solution), and is cautious: a cell the search cannot
 * settle counts as pinned. A group already solved with the same hidden cells is not solved again.
 */
export const auditByBounds: Audit = (system) => {
  const cache = checked.get(system) ?? new Map<string, CellKey[]>();
  checked.set(system, cache);
  const value = (k: CellKey) => q(system.values.get(k) ?? 0);
  const cells: HiddenCells = {
    facts: system.relations.map(relationToFact),
    isHidden: (k) => system.hidden.has(k),
    shown: value,
    lower: (k) => {
      const l = system.lowerBound(k);
      return l === null ? null : q(l);
    },
  };
  const pinned: CellKey[] = [];
  for (const component of splitComponents(cells)) {
    const signature = [...component.keys].sort().join("\n");
    let found = cache.get(signature);
    if (!found) {
      // With the true values a solution, "no solution" cannot happen; were it to, nothing is known.
      found = (findPinnedInComponent(cells, component, { truth: value, strict: true }) ?? []).map((p) => p.key);
      cache.set(signature, found);
    }
    pinned.push(...found);
  }
  return pinned;
};
