import { SUPPRESSED, type ExportCell } from "../exports/export-table";
import type { CellKey, OutputCell, Relation } from "./relations";
import { roundCount } from "./rule";

/**
 * The count cells of the "round" method, as published. Only leaves (cells that are the total of no
 * relation shown) are rounded to the nearest 5; every total is the sum of its parts' published
 * figures, worked out in dependency order across the whole output, so a total says nothing its
 * parts do not (rounding totals on their own lets a reader undo the rounding, see ./unround).
 *
 * Cells a one-part relation makes equal (the same total repeated in another table) are one figure
 * and show one value; where one of them is a leaf (the total of a table of one row), that leaf
 * rounded. Otherwise a cell, or such a group of cells, that is the total of more than one relation
 * is worked out from the FIRST of them in `listRelations` order (the table's own totals row, then
 * its subtotals, then its row sum, then the output's sums across tables), so the result does not
 * depend on anything but the declarations; the other relations then hold on the true figures but
 * may not add up as shown (the About sheet says totals may differ). Within one table the choices
 * agree (row and column totals add up the same leaves); across tables they may not.
 */
export type RoundedCounts = {
  /** Every count cell's published figure: a number, or hidden. */
  published: Map<CellKey, ExportCell>;
  /** The leaves (cells rounded on their own) a cell adds up: itself for a leaf, named as `hiddenLeaves` names them. */
  leavesUnder: (key: CellKey) => CellKey[];
  /**
   * True when some total's relations add up different leaves (two tables that count the same
   * children two ways): only then can the true leaves be tied to each other, and only then can a
   * reader pin one, so only then is the exact attacker worth running.
   */
  leavesTied: boolean;
};

export function roundCounts(cells: ReadonlyMap<CellKey, OutputCell>, relations: readonly Relation[], hiddenLeaves: ReadonlySet<CellKey>): RoundedCounts {
  const counts = relations.filter((r) => r.measure === "count");
  const group = groupEqualCells(counts);
  // A group with a leaf in it (a table of one row: its total is its row) is that leaf, rounded.
  const totals = new Set(counts.map((r) => r.total));
  const leafGroups = new Set([...cells.values()].filter((c) => c.measure === "count" && !totals.has(c.key)).map((c) => group(c.key)));
  const definition = new Map<CellKey, Relation>();
  const others: Relation[] = [];
  for (const r of counts) {
    const g = group(r.total);
    const isEquality = r.parts.length === 1 && group(r.parts[0] as CellKey) === g;
    if (isEquality) continue;
    if (definition.has(g) || leafGroups.has(g)) others.push(r);
    else definition.set(g, r);
  }

  const value = new Map<CellKey, ExportCell>();
  const leavesOf = new Map<CellKey, string>();
  const inProgress = new Set<CellKey>();
  const publish = (key: CellKey): ExportCell => {
    const g = group(key);
    const known = value.get(g);
    if (known !== undefined) return known;
    if (inProgress.has(g)) throw new Error("Disclosure control: the declared totals of this output depend on each other in a cycle");
    inProgress.add(g);
    const r = definition.get(g);
    let out: ExportCell;
    if (r === undefined) {
      const v = cells.get(g)?.value;
      leavesOf.set(g, g);
      out = hiddenLeaves.has(g) ? SUPPRESSED : typeof v === "number" ? roundCount(v) : v ?? null;
    } else {
      const parts = r.parts.map(publish);
      // A total of a hidden part is hidden: shown, it would give back the part's rounded figure.
      out = parts.some((p) => typeof p !== "number") ? SUPPRESSED : (parts as number[]).reduce((a, b) => a + b, 0);
      leavesOf.set(g, expand(r, group, leavesOf));
    }
    inProgress.delete(g);
    value.set(g, out);
    return out;
  };
  for (const key of cells.keys()) if (cells.get(key)?.measure === "count") publish(key);
  const published = new Map([...cells.values()].filter((c) => c.measure === "count").map((c): [CellKey, ExportCell] => [c.key, value.get(group(c.key)) ?? null]));
  const leavesTied = others.some((r) => expand(r, group, leavesOf) !== leavesOf.get(group(r.total)));
  const leavesUnder = (key: CellKey) => (leavesOf.get(group(key)) ?? "").split("\n").filter((k) => k !== "");
  return { published, leavesUnder, leavesTied };
}

/** The leaves a relation adds up, as a sorted list (the same list: the relation ties no leaf to another). */
function expand(r: Relation, group: (k: CellKey) => CellKey, leavesOf: ReadonlyMap<CellKey, string>): string {
  return r.parts
    .flatMap((p) => (leavesOf.get(group(p)) ?? group(p)).split("\n"))
    .filter((k) => k !== "")
    .sort()
    .join("\n");
}

/** Cells a one-part relation makes equal, each group named by its first cell in relation order. */
function groupEqualCells(relations: readonly Relation[]): (key: CellKey) => CellKey {
  const parent = new Map<CellKey, CellKey>();
  const find = (k: CellKey): CellKey => {
    let root = k;
    for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root)) root = next;
    if (root !== k) parent.set(k, root);
    return root;
  };
  const order = new Map<CellKey, number>();
  for (const r of relations) for (const k of [r.total, ...r.parts]) if (!order.has(k)) order.set(k, order.size);
  for (const r of relations) {
    if (r.parts.length !== 1) continue;
    const [a, b] = [find(r.total), find(r.parts[0] as CellKey)];
    if (a === b) continue;
    const [root, child] = (order.get(a) ?? 0) <= (order.get(b) ?? 0) ? [a, b] : [b, a];
    parent.set(child, root);
  }
  return find;
}
