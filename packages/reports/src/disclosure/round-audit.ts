import type { ExportCell, ExportOutput } from "../exports/export-table";
import { writeOutput } from "./write-output";
import type { CellKey, OutputCell, Relation } from "./relations";
import { roundCounts } from "./round";
import { auditRounding } from "./unround";

/**
 * The "round" method's counts, audited. Leaves are rounded and totals summed (./round); where two
 * tables count the same children two ways, the true leaves are tied across them, and their rounding
 * intervals can meet at one point (three groups of 2 shown as 0 beside two groups of 3 shown as 5:
 * the six children must be 2 + 2 + 2 and 3 + 3). While the audit (the attacker's reasoning, with
 * the true counts, cautious) pins any count, one leaf under what it pins is hidden (a pinned leaf
 * first; ties by cell key, so the choice depends only on the output), and with it every total it is
 * part of. Outputs whose totals all add up the same leaves are not audited: each leaf is then free
 * within its rounding interval (0 to 2, or r − 2 to r + 2), so nothing can be pinned.
 */
export function roundUntilSafe(output: ExportOutput, cells: ReadonlyMap<CellKey, OutputCell>, relations: readonly Relation[]): Map<CellKey, ExportCell> {
  const hiddenLeaves = new Set<CellKey>();
  const truth = new Map([...cells.values()].flatMap((c): [CellKey, number][] => (c.measure === "count" && typeof c.value === "number" ? [[c.key, c.value]] : [])));
  for (;;) {
    const rounded = roundCounts(cells, relations, hiddenLeaves);
    if (!rounded.leavesTied) return rounded.published;
    // A total of no count at all is 0 whatever is hidden, and says so.
    const pinned = auditRounding(writeOutput(output, new Set(), rounded.published), truth).filter((k) => rounded.leavesUnder(k).length > 0);
    if (pinned.length === 0) return rounded.published;
    const visible = (k: CellKey) => !hiddenLeaves.has(k);
    const pinnedLeaves = pinned.filter((k) => rounded.leavesUnder(k).join() === k).filter(visible).sort();
    const under = pinned.flatMap(rounded.leavesUnder).filter(visible).sort();
    const leaf = pinnedLeaves[0] ?? under[0];
    if (leaf === undefined) throw new Error("Disclosure control: a count can be worked out from rounded figures with every figure under it hidden");
    hiddenLeaves.add(leaf);
  }
}
