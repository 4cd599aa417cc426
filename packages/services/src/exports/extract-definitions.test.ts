import { describe, expect, it } from "vitest";
import { EXTRACT_KINDS, EXTRACTS, type ExtractSourceRow } from "./extract-definitions";

describe("an extract's defined columns", () => {
  it("read each cell from the field its column names (`from`), one cell per column, so coarsened grouping and the file agree", () => {
    for (const kind of EXTRACT_KINDS) {
      const { columns, toCells } = EXTRACTS[kind];
      // Each field holds its own name (a number for money), so a cell says which field it came from.
      const row = Object.fromEntries(columns.map((c, i) => [c.from, c.kind === "pence" ? 1000 + i : c.from])) as ExtractSourceRow;
      expect(toCells(row), kind).toEqual(columns.map((c, i) => (c.kind === "pence" ? 1000 + i : c.from)));
      expect(new Set(columns.map((c) => c.from)).size, kind).toBe(columns.length);
    }
  });

  it("marks the pseudonyms, which coarsened rows leave out, and says which kind of quasi-identifier each date and amount is", () => {
    for (const kind of EXTRACT_KINDS) {
      const { columns } = EXTRACTS[kind];
      expect(columns.filter((c) => c.pseudonym).map((c) => c.key), kind).toEqual(["child", "budget", "line"]);
      for (const c of columns.filter((c) => c.kind === "date")) expect(c.generalise?.by, `${kind} ${c.key}`).toBe("period");
      for (const c of columns.filter((c) => c.kind === "pence")) expect(c.generalise?.by, `${kind} ${c.key}`).toBe("amount");
    }
  });
});
