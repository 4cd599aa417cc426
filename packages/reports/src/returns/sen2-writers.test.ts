import { describe, expect, it } from "vitest";
import type { Sen2Record } from "./sen2-records";
import { escapeXmlText, writeSen2Csv, writeSen2Xml } from "./sen2-writers";
import { buildStatutoryAboutTable, statutoryFileName } from "./statutory-label";

const HEADER = { year: 2026, censusDate: "2026-01-15", laNumber: "936" };
const base: Sen2Record = { childId: "c1", reference: "REF-001", ageOnCensusDate: 9, planStatus: "final", planStartDate: "2024-05-01", pbType: "DP", pbElement: "EDU", arrangement: "direct_payment_only", element: "education" };

describe("SEN2 files", () => {
  it("writes the CSV in the collection's columns, one row per person", () => {
    const csv = writeSen2Csv(HEADER, [base, { ...base, reference: "REF-002", planStartDate: "2025-09-01", pbType: "BOTH", pbElement: "INT" }]);
    expect(csv).toBe(
      "LEA,ReferenceDate,LAReference,StartDate,PBType,PBElement\r\n" +
      "936,2026-01-15,REF-001,2024-05-01,DP,EDU\r\n" +
      "936,2026-01-15,REF-002,2025-09-01,BOTH,INT\r\n",
    );
  });

  it("writes the collection's XML: header with the census date, a person per record, labelled in a comment", () => {
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
      "      <LAReference>REF-001</LAReference>",
      "      <NamedPlan>",
      "        <StartDate>2024-05-01</StartDate>",
      "        <PersonalBudget>",
      "          <PBType>DP</PBType>",
      "          <PBElement>EDU</PBElement>",
      "        </PersonalBudget>",
      "      </NamedPlan>",
      "    </Person>",
      "  </Persons>",
      "</Message>",
      "",
    ].join("\n"));
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    expect(escapeXmlText(`A&B <c> "d" 'e'\u0001`)).toBe("A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
    const xml = writeSen2Xml(HEADER, [{ ...base, reference: "R<1>&2" }], "2026-01-20T09:30:12Z");
    expect(xml).toContain("<LAReference>R&lt;1&gt;&amp;2</LAReference>");
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
    const records = [base, { ...base, reference: "R&<2>", planStartDate: null, pbType: "ORG", pbElement: "SOC" }];
    expect(readSen2Xml(writeSen2Xml(HEADER, records, "2026-01-20T09:30:12Z"))).toEqual({
      header: HEADER,
      persons: [
        { reference: "REF-001", planStartDate: "2024-05-01", pbType: "DP", pbElement: "EDU" },
        { reference: "R&<2>", planStartDate: null, pbType: "ORG", pbElement: "SOC" },
      ],
    });
  });

  it("refuses a file that is not a SEN2 message", async () => {
    const { readSen2Xml } = await import("./sen2-xml-reader");
    expect(() => readSen2Xml("<Message/>")).toThrow("not a UTF-8 XML file");
    expect(() => readSen2Xml(writeSen2Xml(HEADER, [], "2026-01-20T09:30:12Z").replace("<Collection>SEN2", "<Collection>CIN"))).toThrow("not a SEN2 collection");
  });
});
