import { describe, expect, it } from "vitest";
import type { ExportOutput, ExportTable } from "../exports/export-table";
import { suppressExportTable } from "../exports/suppress-table";
import { findDeterminedCells, findExposedFigures, type AttackerKnowledge } from "./attacker";
import { protectOutput } from "./protect";

const RULE = { threshold: 5, method: "suppress" } as const;
const count = (key: string, label = key) => ({ key, label, kind: "count" as const });
const text = { key: "label", label: "Group", kind: "text" as const };
/** Today's method: each table on its own, its totals row and row sum only. */
const naive = (output: ExportOutput): ExportOutput => ({ ...output, tables: output.tables.map((t) => suppressExportTable(t, RULE.threshold)) });

/** The six ways the issue found, each an output today's method leaves open. */
const WAYS: { name: string; output: ExportOutput; knowledge?: AttackerKnowledge; leak: "pinned" | "exposed" }[] = [
  {
    name: "an ordinary row such as All decided that is the sum of others",
    output: { tables: [{ id: "decided", title: "Decisions", columns: [text, count("n")],
      rows: [{ label: "Approved", n: 70 }, { label: "Refused", n: 3 }, { label: "All decided", n: 73 }, { label: "Withdrawn", n: 12 }],
      subtotals: [{ row: 2, of: [0, 1] }], totalRow: { label: "Total", n: 85 } }] },
    leak: "pinned",
  },
  {
    name: "zeros beside two hidden cells that add up to 2",
    output: { tables: [{ id: "streams", title: "Streams", columns: [text, count("n")],
      rows: [{ label: "Education", n: 38 }, { label: "Health", n: 1 }, { label: "Transport", n: 1 }, { label: "Social care", n: 0 }], totalRow: { label: "Total", n: 40 } }] },
    leak: "pinned",
  },
  {
    name: "a total on another sheet",
    output: {
      tables: [
        { id: "by-stream", title: "By stream", columns: [text, count("n")], rows: [{ label: "Education", n: 20 }, { label: "Health", n: 3 }, { label: "Social care", n: 30 }, { label: "Transport", n: 10 }] },
        { id: "by-age", title: "By age", columns: [text, count("n")], rows: [{ label: "Under 11", n: 40 }, { label: "11 and over", n: 23 }], totalRow: { label: "Total", n: 63 } },
      ],
      sums: [{ total: { table: "by-age", row: "total", column: "n" }, parts: [0, 1, 2, 3].map((row) => ({ table: "by-stream", row, column: "n" })) }],
    },
    leak: "pinned",
  },
  {
    name: "a percentage of a shown base (1.4% of 73 is 1)",
    output: { tables: [{ id: "share", title: "Share", columns: [text, count("n"), { key: "pct", label: "Share", kind: "percent", derivedFrom: ["n", { row: "total", column: "n" }] }],
      rows: [{ label: "Direct payment", n: 72, pct: 98.6 }, { label: "Organised", n: 1, pct: 1.4 }], totalRow: { label: "Total", n: 73, pct: 100 } }] },
    leak: "pinned",
  },
  {
    name: "a rate per month over a known period (0.1 a month over 12 months is 1)",
    output: { tables: [{ id: "rate", title: "Cessations", columns: [text, count("n"), { key: "perMonth", label: "A month", kind: "number", derivedFrom: ["n"] }],
      rows: [{ label: "Moved away", n: 30, perMonth: 2.5 }, { label: "Other", n: 1, perMonth: 0.1 }], totalRow: { label: "Total", n: 31, perMonth: 2.6 } }] },
    knowledge: { ratios: [0, 1, "total" as const].map((row) => ({ figure: { table: "rate", row, column: "perMonth" }, numerator: { table: "rate", row, column: "n" }, denominator: 12 })) },
    leak: "pinned",
  },
  {
    name: "a median shown for a group whose count is hidden",
    output: { tables: [{ id: "median", title: "Days to decision", columns: [text, count("n"), { key: "median", label: "Median days", kind: "number", derivedFrom: ["n"] }],
      rows: [{ label: "Approved", n: 40, median: 12 }, { label: "Refused", n: 2, median: 31 }, { label: "Withdrawn", n: 9, median: 5 }], totalRow: { label: "Total", n: 51, median: 12 } }] },
    leak: "exposed",
  },
];

describe("the attacker", () => {
  for (const way of WAYS) {
    it(`gets a hidden count back from today's per-table method through ${way.name}, and not from protectOutput`, () => {
      const before = naive(way.output);
      if (way.leak === "pinned") expect(findDeterminedCells(before, way.knowledge).length).toBeGreaterThan(0);
      else expect(findExposedFigures(before, RULE.threshold).length).toBeGreaterThan(0);
      const after = protectOutput(way.output, RULE);
      expect(findDeterminedCells(after, way.knowledge)).toEqual([]);
      expect(findExposedFigures(after, RULE.threshold)).toEqual([]);
    });
  }

  it("says which cells and which values: the subtotal gives Refused back, and then the totals row gives Withdrawn", () => {
    const way = WAYS[0] as (typeof WAYS)[number];
    expect(findDeterminedCells(naive(way.output))).toEqual([
      { table: "decided", row: 1, column: "n", value: 3 },
      { table: "decided", row: 3, column: "n", value: 12 },
    ]);
  });

  it("cannot pin two cells of at least 1 that add up to 3, but can when told a hidden cell may be 0 and they add up to 0", () => {
    const table: ExportTable = { id: "t", title: "T", columns: [text, count("n")], rows: [{ label: "a", n: { suppressed: true } }, { label: "b", n: { suppressed: true } }, { label: "c", n: 20 }], totalRow: { label: "Total", n: 23 } };
    expect(findDeterminedCells({ tables: [table] })).toEqual([]);
    const zero = { ...table, totalRow: { label: "Total", n: 20 } };
    expect(findDeterminedCells({ tables: [zero] }, { zerosMayBeHidden: true })).toEqual([
      { table: "t", row: 0, column: "n", value: 0 },
      { table: "t", row: 1, column: "n", value: 0 },
    ]);
  });

  it("drops its guess that money is not negative when the figures contradict it, and gets a negative change back", () => {
    const table: ExportTable = {
      id: "change", title: "Change", columns: [text, { key: "p", label: "Change", kind: "pence" }],
      rows: [{ label: "a", p: { suppressed: true } }, { label: "b", p: 12_000 }], totalRow: { label: "Total", p: 7_000 },
    };
    expect(findDeterminedCells({ tables: [table] })).toEqual([{ table: "change", row: 0, column: "p", value: -5_000 }]);
  });
});
