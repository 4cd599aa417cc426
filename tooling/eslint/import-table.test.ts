import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IMPORT_TABLE, WORKSPACE_PACKAGES } from "./import-table.js";

const doc = readFileSync(join(import.meta.dirname, "../../docs/ARCHITECTURE.md"), "utf8");

/** The architecture page's table: each row's part and the packages in its "may import" column. */
function documentedTable(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of doc.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const part = cells[1]?.match(/^`([^`]+)`$/)?.[1];
    if (!part || !/^(apps|packages)\//.test(part)) continue;
    const column = cells[3] ?? "";
    const listed = column === "any package" ? [...WORKSPACE_PACKAGES] : column === "nothing" ? [] : column.replace(/\(.*\)/, "").split(",").map((p) => p.trim()).filter(Boolean);
    rows.set(part, listed.sort());
  }
  return rows;
}

describe("the import table", () => {
  it("is the one docs/ARCHITECTURE.md shows, row for row", () => {
    const documented = documentedTable();
    expect([...documented.keys()].sort()).toEqual(IMPORT_TABLE.map((row) => row.part).sort());
    for (const row of IMPORT_TABLE) expect(documented.get(row.part), row.part).toEqual([...row.mayImport].sort());
  });

  it("names only workspace packages", () => {
    for (const row of IMPORT_TABLE) for (const p of row.mayImport) expect(WORKSPACE_PACKAGES, row.part).toContain(p);
  });
});
