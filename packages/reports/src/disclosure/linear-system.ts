import type { CellKey, Relation } from "./relations";
import { findPinnedVariables } from "./solver/integer";
import { neg, ONE, sub, mul, add, ZERO, type Q } from "./solver/rational";
import type { Constraint, Sense } from "./solver/simplex";

/** A linear fact over cells a reader knows: Σ coefficient × cell (sense) rhs. */
export type LinearFact = { terms: readonly (readonly [CellKey, Q])[]; sense: Sense; rhs: Q };

export function relationToFact(r: Relation): LinearFact {
  return { terms: [[r.total, ONE], ...r.parts.map((p) => [p, neg(ONE)] as const)], sense: "=", rhs: ZERO };
}

export type HiddenCells = {
  facts: readonly LinearFact[];
  isHidden: (key: CellKey) => boolean;
  /** A shown cell's value. */
  shown: (key: CellKey) => Q;
  /** The least a hidden cell can be; null: no bound (money that may be negative). */
  lower: (key: CellKey) => Q | null;
};

/** The hidden cells that share facts, each group with its facts: groups a reader must solve together. */
export function splitComponents(system: HiddenCells): { keys: CellKey[]; facts: LinearFact[] }[] {
  const parent = new Map<CellKey, CellKey>();
  const find = (k: CellKey): CellKey => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) as CellKey;
    parent.set(k, root);
    return root;
  };
  const touching = system.facts.map((f) => f.terms.map(([k]) => k).filter(system.isHidden));
  for (const keys of touching) for (const k of keys) if (!parent.has(k)) parent.set(k, k);
  for (const keys of touching) for (const k of keys.slice(1)) parent.set(find(k), find(keys[0] as CellKey));
  const groups = new Map<CellKey, { keys: CellKey[]; facts: LinearFact[] }>();
  for (const k of parent.keys()) {
    const root = find(k);
    const group = groups.get(root) ?? { keys: [], facts: [] };
    group.keys.push(k);
    groups.set(root, group);
  }
  system.facts.forEach((f, i) => {
    const first = touching[i]?.[0];
    if (first !== undefined) groups.get(find(first))?.facts.push(f);
  });
  return [...groups.values()];
}

/**
 * The hidden cells of one group that every solution in integers of its facts gives one value,
 * with that value (null: the cautious search could not tell). Null when the facts have no solution
 * with these bounds.
 */
export function findPinnedInComponent(
  system: HiddenCells,
  component: { keys: readonly CellKey[]; facts: readonly LinearFact[] },
  options: { truth?: (key: CellKey) => Q; strict?: boolean } = {},
): { key: CellKey; value: bigint | null }[] | null {
  const index = new Map(component.keys.map((k, i) => [k, i]));
  const constraints: Constraint[] = component.facts.map((f) => {
    let rhs = f.rhs;
    const terms: [number, Q][] = [];
    for (const [k, a] of f.terms) {
      const j = index.get(k);
      if (j === undefined) rhs = sub(rhs, mul(a, system.shown(k)));
      else terms.push([j, a]);
    }
    return { terms: mergeTerms(terms), sense: f.sense, rhs };
  });
  const lp = { variables: component.keys.length, lower: component.keys.map(system.lower), constraints };
  const known = options.truth ? component.keys.map(options.truth) : undefined;
  const pinned = findPinnedVariables(lp, { known, strict: options.strict });
  return pinned && pinned.map((p) => ({ key: component.keys[p.variable] as CellKey, value: p.value }));
}

function mergeTerms(terms: [number, Q][]): [number, Q][] {
  const by = new Map<number, Q>();
  for (const [j, a] of terms) by.set(j, add(by.get(j) ?? ZERO, a));
  return [...by];
}
