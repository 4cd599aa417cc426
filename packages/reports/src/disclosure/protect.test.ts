import { describe, expect, it } from "vitest";
import { isSuppressed, type ExportOutput, type ExportTable } from "../exports/export-table";
import { findDeterminedCells } from "./attacker";
import { auditByBounds } from "./audit";
import { protectOutput } from "./protect";
import { cellKey, listMeasureCells, listRelations } from "./relations";
import { auditByRelation, type ProtectedSystem } from "./secondary";

const decisions: ExportTable = {
  id: "decisions",
  title: "Decisions",
  columns: [
    { key: "outcome", label: "Outcome", kind: "text" },
    { key: "n", label: "Requests", kind: "count" },
    { key: "pence", label: "Amount", kind: "pence", suppressWith: "n" },
    { key: "median", label: "Median days", kind: "number", derivedFrom: ["n"] },
    { key: "share", label: "Share", kind: "percent", derivedFrom: ["n", { row: "total", column: "n" }] },
  ],
  rows: [
    { outcome: "Approved", n: 70, pence: 700_000, median: 12, share: 95.9 },
    { outcome: "Refused", n: 3, pence: 30_000, median: 20, share: 4.1 },
    { outcome: "All decided", n: 73, pence: 730_000, median: 13, share: 100 },
    { outcome: "Withdrawn", n: 0, pence: 0, median: null, share: 0 },
  ],
  subtotals: [{ row: 2, of: [0, 1] }],
  totalRow: { outcome: "Total", n: 73, pence: 730_000, median: 13, share: 100 },
};

describe("protectOutput", () => {
  it("hides a small count, a complement so that the subtotal cannot give it back, and what goes with both", () => {
    const out = protectOutput({ tables: [decisions] }, { threshold: 5, method: "suppress" });
    const [table] = out.tables;
    const refused = table?.rows[1] ?? {};
    expect(isSuppressed(refused.n)).toBe(true);
    expect(isSuppressed(refused.pence)).toBe(true);
    expect(isSuppressed(refused.median)).toBe(true);
    expect(isSuppressed(refused.share)).toBe(true);
    const hiddenCounts = [...(table?.rows ?? []), table?.totalRow ?? {}].filter((r) => isSuppressed(r.n)).length;
    expect(hiddenCounts).toBeGreaterThan(1);
    expect(table?.rows[3]?.n).toBe(0);
  });

  it("refuses an output whose declared totals are not the sums of their parts, naming the cell", () => {
    const wrong = { ...decisions, totalRow: { ...decisions.totalRow, n: 80 } };
    expect(() => protectOutput({ tables: [wrong] }, { threshold: 5, method: "suppress" })).toThrow("decisions, row total, column n is declared the sum of 3 cells but is 80, not 73");
  });

  it("hides money that may be negative (a change in spend) so that its total cannot give it back", () => {
    const change: ExportTable = {
      id: "what-if-streams",
      title: "Change",
      columns: [
        { key: "stream", label: "Stream", kind: "text" },
        { key: "changed", label: "Outcome would change", kind: "count" },
        { key: "changePence", label: "Change in committed spend", kind: "pence", suppressWith: "changed" },
      ],
      rows: [
        { stream: "Education", changed: 2, changePence: -5_000 },
        { stream: "Health", changed: 0, changePence: 0 },
        { stream: "Social care", changed: 40, changePence: 12_000 },
        { stream: "Transport", changed: 30, changePence: -300 },
      ],
      totalRow: { stream: "Total", changed: 72, changePence: 6_700 },
    };
    const out = protectOutput({ tables: [change] }, { threshold: 5, method: "suppress" });
    const hiddenMoney = out.tables[0]?.rows.filter((r) => isSuppressed(r.changePence)).length;
    expect(hiddenMoney).toBe(2);
    expect(findDeterminedCells(out)).toEqual([]);
    expect(findDeterminedCells(out, { moneyMayBeNegative: true })).toEqual([]);
  });

  it("does not change its input", () => {
    const output: ExportOutput = { tables: [decisions] };
    const copy = structuredClone(output);
    protectOutput(output, { threshold: 5, method: "suppress" });
    expect(output).toEqual(copy);
  });
});

describe("the protector's audit", () => {
  // Found by the property test with a relation-by-relation audit: the totals row and the subtotal
  // each hide two or three cells, but together they give r0 back (4 − 3 = 1).
  const chain: ExportTable = {
    id: "chain",
    title: "Chain",
    columns: [{ key: "label", label: "Group", kind: "text" }, { key: "n", label: "Children", kind: "count" }],
    rows: [{ label: "r0", n: 1 }, { label: "r1", n: 1 }, { label: "r2", n: 2 }, { label: "r1 and r2", n: 3 }],
    subtotals: [{ row: 3, of: [1, 2] }],
    totalRow: { label: "Total", n: 4 },
  };

  it("finds a cell two relations pin together, which no relation pins alone", () => {
    const output = { tables: [chain] };
    const cells = listMeasureCells(output);
    const values = new Map([...cells].map(([k, c]) => [k, c.value as number]));
    const system: ProtectedSystem = {
      values, relations: listRelations(output, cells), lowerBound: () => 1,
      hidden: new Set([0, 1, 2].map((row) => cellKey({ table: "chain", row, column: "n" }))),
    };
    expect(auditByRelation(system)).toEqual([]);
    expect(auditByBounds(system)).toEqual([cellKey({ table: "chain", row: 0, column: "n" })]);
  });

  it("so protectOutput hides more, and the attacker gets nothing back", () => {
    const out = protectOutput({ tables: [chain] }, { threshold: 3, method: "suppress" });
    expect(findDeterminedCells(out)).toEqual([]);
    expect(isSuppressed(out.tables[0]?.totalRow?.n) || isSuppressed(out.tables[0]?.rows[3]?.n)).toBe(true);
  });
});
