import { describe, expect, it } from "vitest";
import type { Sen2Record } from "./sen2-records";
import { validateSen2 } from "./sen2-validate";
import { encodeXmlCommentText, escapeXmlText, writeSen2Csv, writeSen2Xml } from "./sen2-writers";
import { buildStatutoryAboutTable, statutoryFileName } from "./statutory-label";

const HEADER = { collection: "SEN2", year: 2026, censusDate: "2026-01-15", laNumber: "936" };
const base: Sen2Record = { childId: "c1", reference: "REF-001", ageOnCensusDate: 9, planStatus: "final", planStartDate: "2024-05-01", pb: "1", oa: "0", dp: "1", arrangement: "direct_payment_only", element: "education" };

describe("SEN2 files", () => {
  it("writes the CSV in the collection's items, the council's reference in a column named as no SEN2 item, one row per person", () => {
    const csv = writeSen2Csv(HEADER, [base, { ...base, reference: "REF-002", planStartDate: "2025-09-01", oa: "1", arrangement: "both", element: "integrated" }]);
    expect(csv).toBe(
      "LEA,ReferenceDate,CouncilReference (not a SEN2 item),StartDate,PB,OA,DP\r\n" +
      "936,2026-01-15,REF-001,2024-05-01,1,0,1\r\n" +
      "936,2026-01-15,REF-002,2025-09-01,1,1,1\r\n",
    );
  });

  it("writes the collection's XML: header with the census date, Person > Requests > Assessment > NamedPlan per record, reference and label in comments", () => {
    const xml = writeSen2Xml(HEADER, [base], "2026-01-20T09:30:12.345Z");
    expect(xml).toBe([
      '<?xml version="1.0" encoding="UTF-8"?>',
      "<!-- OFFICIAL-SENSITIVE: SEN2 return for census date 2026-01-15 -->",
      "<Message>",
      "  <Header>",
      "    <CollectionDetails>",
      "      <Collection>SEN2</Collection>",
      "      <Year>2026</Year>",
      "      <ReferenceDate>2026-01-15</ReferenceDate>",
      "    </CollectionDetails>",
      "    <Source>",
      "      <SourceLevel>L</SourceLevel>",
      "      <LEA>936</LEA>",
      "      <SoftwareCode>SEND-PB</SoftwareCode>",
      "      <Release>1</Release>",
      "      <SerialNo>1</SerialNo>",
      "      <DateTime>2026-01-20T09:30:12</DateTime>",
      "    </Source>",
      "  </Header>",
      "  <Persons>",
      "    <Person>",
      "      <!-- CouncilReference (not a SEN2 item, for matching): REF-001 -->",
      "      <Requests>",
      "        <Assessment>",
      "          <NamedPlan>",
      "            <StartDate>2024-05-01</StartDate>",
      "            <PB>1</PB>",
      "            <OA>0</OA>",
      "            <DP>1</DP>",
      "          </NamedPlan>",
      "        </Assessment>",
      "      </Requests>",
      "    </Person>",
      "  </Persons>",
      "</Message>",
      "",
    ].join("\n"));
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    expect(escapeXmlText(`A&B <c> "d" 'e'\u0001`)).toBe("A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
  });

  it("keeps a reference's comment well formed: no '--' and no markup inside it, '%' encoded so that it reads back", () => {
    expect(encodeXmlCommentText("REF-001")).toBe("REF-001");
    expect(encodeXmlCommentText("A--B--->50%\u0001")).toBe("A%2D-B%2D%2D-%3E50%25");
    const xml = writeSen2Xml(HEADER, [{ ...base, reference: "R--> <x>" }], "2026-01-20T09:30:12Z");
    const comments = [...xml.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1] ?? "");
    expect(comments).toHaveLength(2);
    for (const text of comments) expect(text).not.toContain("--");
    expect(xml).not.toContain("<x>");
  });

  it("neutralises a reference a spreadsheet would run as a formula, in the CSV only", () => {
    expect(writeSen2Csv(HEADER, [{ ...base, reference: "=1+1" }])).toContain(",'=1+1,");
  });

  it("labels every file OFFICIAL-SENSITIVE with its census date, in the name and on the About sheet", () => {
    expect(statutoryFileName("sen2", "2026-01-15", "xml")).toBe("OFFICIAL-SENSITIVE_SEN2_census-2026-01-15.xml");
    expect(statutoryFileName("returns", "2026-01-15", "csv", "nhs-phb-return")).toBe("OFFICIAL-SENSITIVE_statutory-returns_nhs-phb-return_census-2026-01-15.csv");
    const about = buildStatutoryAboutTable({
      title: "Statutory returns", councilName: "North", periodLabel: "Financial year 2025-26", from: "2025-04-01", to: "2026-03-31",
      filters: [], policyVersions: [], madeAt: "2026-02-01T10:00:00.000Z", madeByRole: "commissioner", source: "Budgets.", suppressionThreshold: 5,
    }, { censusDate: "2026-01-15" });
    expect(about.rows.slice(0, 2)).toEqual([{ item: "Security classification", value: "OFFICIAL-SENSITIVE" }, { item: "Census date", value: "15 January 2026 (2026-01-15)" }]);
    const small = about.rows.find((r) => r.item === "Small numbers");
    expect(small?.value).toMatch(/^Not suppressed: a statutory return/);
    expect(JSON.stringify(about.rows)).not.toContain('"c"');
  });
});

describe("a SEN2 file checked as a file", () => {
  it("reads back what it wrote, escapes undone", async () => {
    const { readSen2Xml } = await import("./sen2-xml-reader");
    const records = [base, { ...base, reference: "R&<2>--%3 </Person><PB>0</PB> -", planStartDate: null, oa: "1", dp: "0" }];
    expect(readSen2Xml(writeSen2Xml(HEADER, records, "2026-01-20T09:30:12Z"))).toEqual({
      header: HEADER,
      persons: [
        { reference: "REF-001", planStartDate: "2024-05-01", pb: "1", oa: "0", dp: "1" },
        { reference: "R&<2>--%3 </Person><PB>0</PB> -", planStartDate: null, pb: "1", oa: "1", dp: "0" },
      ],
    });
  });

  it("reads a person without the reference comment or the named plan's items as empty, for the rules to refuse", async () => {
    const { readSen2Xml } = await import("./sen2-xml-reader");
    const xml = writeSen2Xml(HEADER, [base], "2026-01-20T09:30:12Z").replace(/ *<!-- CouncilReference[^\n]*\n/, "").replace(/ *<PB>1<\/PB>\n/, "");
    const read = readSen2Xml(xml);
    expect(read.persons).toEqual([{ reference: "", planStartDate: "2024-05-01", pb: "", oa: "0", dp: "1" }]);
    const errors = validateSen2(read.header, [{ ...base, ...read.persons[0] }]);
    expect(errors.map((e) => [e.rule, e.item])).toEqual([["SEN2-P1", "Reference"], ["SEN2-B1", "PB"]]);
  });

  it("refuses a file that is not an XML message, and finds a collection other than SEN2 by the rules", async () => {
    const { readSen2Xml } = await import("./sen2-xml-reader");
    expect(() => readSen2Xml("<Message/>")).toThrow("not a UTF-8 XML file");
    const cin = readSen2Xml(writeSen2Xml({ ...HEADER, collection: "CIN" }, [base], "2026-01-20T09:30:12Z"));
    expect(cin.header.collection).toBe("CIN");
    expect(validateSen2(cin.header, [base]).map((e) => [e.rule, e.item])).toEqual([["SEN2-H3", "Collection"]]);
  });
});
