import { describe, expect, it } from "vitest";
import { isSuppressed, type ExportOutput, type ExportTable } from "../exports/export-table";
import { protectOutput } from "./protect";

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

  it("does not change its input", () => {
    const output: ExportOutput = { tables: [decisions] };
    const copy = structuredClone(output);
    protectOutput(output, { threshold: 5, method: "suppress" });
    expect(output).toEqual(copy);
  });
});
