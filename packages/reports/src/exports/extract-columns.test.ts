import { describe, expect, it } from "vitest";
import { formatCsvRow } from "../csv";
import type { ExportCell } from "./export-table";
import { listExtractColumns, makeExtractCsvWriter, makeExtractRowWriter, type ExtractColumn } from "./extract-columns";
import { toCsvCell } from "./table-csv";
import { GENERALISATION_LADDER } from "./extract-generalisation";

const COLUMNS: ExtractColumn[] = [
  { key: "child", label: "Child (pseudonym)", kind: "text", pseudonym: true },
  { key: "stream", label: "Funding stream", kind: "text", words: (code) => ({ social_care: "Social care" })[code] ?? code },
  { key: "service", label: "Service", kind: "text", words: (code) => `words for ${code}`, generalise: { by: "service" } },
  { key: "dueOn", label: "Due on", kind: "date", generalise: { by: "period", key: "duePeriod", label: "Period due" } },
  { key: "amount", label: "Amount", kind: "pence", generalise: { by: "amount", key: "amountBand", label: "Amount band" } },
  { key: "reason", label: "Reason", kind: "text", words: (code) => `words for ${code}`, generalise: { by: "detail" } },
];

const rungWhere = (test: (r: (typeof GENERALISATION_LADDER)[number]) => boolean) => GENERALISATION_LADDER.findIndex(test);

describe("an extract's columns", () => {
  it("puts each code's words in a column beside it, and keeps pseudonyms, exact dates and amounts in pseudonymised rows", () => {
    expect(listExtractColumns(COLUMNS, "pseudonymised").map((c) => [c.key, c.label, c.kind])).toEqual([
      ["child", "Child (pseudonym)", "text"],
      ["stream", "Funding stream (code)", "text"],
      ["streamLabel", "Funding stream", "text"],
      ["service", "Service (code)", "text"],
      ["serviceLabel", "Service", "text"],
      ["dueOn", "Due on", "date"],
      ["amount", "Amount", "pence"],
      ["reason", "Reason (code)", "text"],
      ["reasonLabel", "Reason", "text"],
    ]);
    const write = makeExtractRowWriter(COLUMNS, "pseudonymised");
    expect(write(["C-1", "social_care", "tutoring", "2025-06-14", 12_345, null])).toEqual(["C-1", "social_care", "Social care", "tutoring", "words for tutoring", "2025-06-14", 12_345, null, null]);
  });

  it("leaves the pseudonym out of coarsened rows and gives months and amount bands on the first rung, never the exact date or amount", () => {
    expect(listExtractColumns(COLUMNS, "coarsened").map((c) => [c.key, c.kind])).toEqual([
      ["stream", "text"], ["streamLabel", "text"], ["service", "text"], ["serviceLabel", "text"], ["duePeriod", "text"], ["amountBand", "text"], ["reason", "text"], ["reasonLabel", "text"],
    ]);
    const write = makeExtractRowWriter(COLUMNS, "coarsened");
    expect(write(["C-1", "social_care", "tutoring", "2025-06-14", 12_345, "other"], 0)).toEqual(["social_care", "Social care", "tutoring", "words for tutoring", "2025-06", "£100 to under £500", "other", "words for other"]);
    expect(write(["C-1", "social_care", "tutoring", null, null, null], 0)).toEqual(["social_care", "Social care", "tutoring", "words for tutoring", null, null, null, null]);
  });

  it("writes a row at its rung: a quarter, a wide band, any service of the stream, the year, any reason, any amount", () => {
    const write = makeExtractRowWriter(COLUMNS, "coarsened");
    const row = ["C-1", "social_care", "tutoring", "2025-06-14", 12_345, "other"];
    expect(write(row, rungWhere((r) => r.period === "quarter"))).toEqual(["social_care", "Social care", "tutoring", "words for tutoring", "2025-26 Q1", "£100 to under £500", "other", "words for other"]);
    expect(write(row, rungWhere((r) => r.service === "any"))).toEqual(["social_care", "Social care", null, "Any service", "2025-26 Q1", "Under £500", "other", "words for other"]);
    const last = GENERALISATION_LADDER.length - 1;
    expect(write(row, last)).toEqual(["social_care", "Social care", null, "Any service", "2025-26", "Any amount", null, "Any reason"]);
    // An empty value stays empty at every rung: "any reason" is not said of a row that has none.
    expect(write(["C-1", "social_care", "tutoring", "2025-06-14", 12_345, null], last)).toEqual(["social_care", "Social care", null, "Any service", "2025-26", "Any amount", null, null]);
    expect(() => write(row, GENERALISATION_LADDER.length)).toThrow(RangeError);
  });

  it("keeps a code the filter holds to one value at every rung", () => {
    const write = makeExtractRowWriter(COLUMNS, "coarsened", new Set(["service"]));
    expect(write(["C-1", "social_care", "tutoring", "2025-06-14", 12_345, "other"], GENERALISATION_LADDER.length - 1)).toEqual(["social_care", "Social care", "tutoring", "words for tutoring", "2025-26", "Any amount", null, "Any reason"]);
  });

  it("writes as many cells as it lists columns, for either choice and every rung", () => {
    expect(makeExtractRowWriter(COLUMNS, "pseudonymised")(["C-1", "health", "x", "2025-01-01", 1, "x"])).toHaveLength(listExtractColumns(COLUMNS, "pseudonymised").length);
    GENERALISATION_LADDER.forEach((_, rung) => {
      expect(makeExtractRowWriter(COLUMNS, "coarsened")(["C-1", "health", "x", "2025-01-01", 1, "x"], rung)).toHaveLength(listExtractColumns(COLUMNS, "coarsened").length);
    });
  });
});

describe("an extract's CSV lines", () => {
  const ROWS: ExportCell[][] = [
    ["C-1", "social_care", "tutoring", "2025-06-14", 12_345, "other"],
    ["C-2", "social_care", "=HYPERLINK()", "2025-06-15", -2_126_387, null],
    ["C-1", "education", "tutoring", null, null, "plan_ceased"],
  ];
  for (const privacy of ["pseudonymised", "coarsened"] as const) {
    it(`are the file's cells as formatCsvRow writes them, ${privacy}, at every rung and from the cache too`, () => {
      const columns = listExtractColumns(COLUMNS, privacy);
      const cellsOf = makeExtractRowWriter(COLUMNS, privacy, new Set(["stream"]));
      const lineOf = makeExtractCsvWriter(COLUMNS, privacy, new Set(["stream"]));
      const rungs = privacy === "coarsened" ? GENERALISATION_LADDER.map((_r, i) => i) : [0];
      for (const rung of rungs) {
        for (const row of [...ROWS, ...ROWS]) expect(lineOf([row], [rung])).toBe(formatCsvRow(columns.map((c, i) => toCsvCell(c, cellsOf(row, rung)[i]))));
        const expected = [...ROWS, ...ROWS].map((row) => formatCsvRow(columns.map((c, i) => toCsvCell(c, cellsOf(row, rung)[i])))).join("");
        expect(lineOf([...ROWS, ...ROWS], [...ROWS, ...ROWS].map(() => rung))).toBe(expected);
      }
    });
  }
});
