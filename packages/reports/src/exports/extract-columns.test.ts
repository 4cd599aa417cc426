import { describe, expect, it } from "vitest";
import { listExtractColumns, makeExtractRowWriter, type ExtractColumn } from "./extract-columns";

const COLUMNS: ExtractColumn[] = [
  { key: "child", label: "Child (pseudonym)", kind: "text" },
  { key: "stream", label: "Funding stream", kind: "text", words: (code) => ({ social_care: "Social care" })[code] ?? code },
  { key: "dueOn", label: "Due on", kind: "date", coarsen: { to: "month", key: "dueMonth", label: "Month due" } },
  { key: "amount", label: "Amount", kind: "pence", coarsen: { to: "band", key: "amountBand", label: "Amount band" } },
  { key: "reason", label: "Reason", kind: "text", words: (code) => `words for ${code}` },
];

describe("an extract's columns", () => {
  it("puts each code's words in a column beside it, and keeps exact dates and amounts in pseudonymised rows", () => {
    expect(listExtractColumns(COLUMNS, "pseudonymised").map((c) => [c.key, c.label, c.kind])).toEqual([
      ["child", "Child (pseudonym)", "text"],
      ["stream", "Funding stream (code)", "text"],
      ["streamLabel", "Funding stream", "text"],
      ["dueOn", "Due on", "date"],
      ["amount", "Amount", "pence"],
      ["reason", "Reason (code)", "text"],
      ["reasonLabel", "Reason", "text"],
    ]);
    const write = makeExtractRowWriter(COLUMNS, "pseudonymised");
    expect(write(["C-1", "social_care", "2025-06-14", 12_345, null])).toEqual(["C-1", "social_care", "Social care", "2025-06-14", 12_345, null, null]);
  });

  it("gives months and amount bands in coarsened rows, never the exact date or amount", () => {
    expect(listExtractColumns(COLUMNS, "coarsened").map((c) => [c.key, c.kind])).toEqual([
      ["child", "text"], ["stream", "text"], ["streamLabel", "text"], ["dueMonth", "text"], ["amountBand", "text"], ["reason", "text"], ["reasonLabel", "text"],
    ]);
    const cells = makeExtractRowWriter(COLUMNS, "coarsened")(["C-1", "social_care", "2025-06-14", 12_345, "other"]);
    expect(cells).toEqual(["C-1", "social_care", "Social care", "2025-06", "£100 to under £500", "other", "words for other"]);
    expect(makeExtractRowWriter(COLUMNS, "coarsened")(["C-1", "social_care", null, null, null])).toEqual(["C-1", "social_care", "Social care", null, null, null, null]);
  });

  it("writes as many cells as it lists columns, for either choice", () => {
    for (const privacy of ["pseudonymised", "coarsened"] as const) {
      expect(makeExtractRowWriter(COLUMNS, privacy)(["C-1", "health", "2025-01-01", 1, "x"])).toHaveLength(listExtractColumns(COLUMNS, privacy).length);
    }
  });
});
