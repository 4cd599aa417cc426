import { describe, expect, it } from "vitest";
import { buildSen2Records, type Sen2ChildFacts, type Sen2Record } from "./sen2-records";
import { groupSen2ErrorsByChild, validateSen2, type Sen2Header } from "./sen2-validate";

const HEADER: Sen2Header = { collection: "SEN2", year: 2026, censusDate: "2026-01-15", laNumber: "936" };

const facts = (over: Partial<Sen2ChildFacts>): Sen2ChildFacts => ({
  childId: "c1", reference: "REF-001", ageOnCensusDate: 9, plan: { status: "final", issuedOn: "2024-05-01" },
  lines: [{ stream: "education", arrangement: "direct_payment" }], ...over,
});

/** A record as the spec's rules accept it: issued plan started before the census, a personal budget paid as direct payments. */
const valid: Sen2Record = {
  childId: "c1", reference: "REF-001", ageOnCensusDate: 9, planStatus: "final", planStartDate: "2024-05-01",
  pb: "1", oa: "0", dp: "1", arrangement: "direct_payment_only", element: "education",
};

describe("SEN2 records: one per child, the named plan's personal budget as PB, OA and DP", () => {
  it("writes how the budget is held as indicators: organised arrangements, direct payments, both (OA 1 and DP 1), a broker's as organised", () => {
    const [dp, org, both, broker] = buildSen2Records([
      facts({ reference: "A", lines: [{ stream: "education", arrangement: "direct_payment" }] }),
      facts({ reference: "B", lines: [{ stream: "education", arrangement: "organised" }] }),
      facts({ reference: "C", lines: [{ stream: "education", arrangement: "organised" }, { stream: "education", arrangement: "direct_payment" }] }),
      facts({ reference: "D", lines: [{ stream: "education", arrangement: "third_party" }] }),
    ]);
    const indicators = (r: Sen2Record | undefined) => [r?.pb, r?.oa, r?.dp].join("");
    expect([dp, org, both, broker].map(indicators)).toEqual(["101", "110", "111", "110"]);
    expect([dp, org, both, broker].map((r) => r?.arrangement)).toEqual(["direct_payment_only", "organised_only", "both", "organised_only"]);
  });

  it("classifies what it covers for the product's summary (no SEN2 item): education (transport included), health, social care, or integrated", () => {
    const records = buildSen2Records([
      facts({ reference: "A", lines: [{ stream: "transport", arrangement: "direct_payment" }] }),
      facts({ reference: "B", lines: [{ stream: "health", arrangement: "organised" }] }),
      facts({ reference: "C", lines: [{ stream: "social_care", arrangement: "organised" }] }),
      facts({ reference: "D", lines: [{ stream: "social_care", arrangement: "organised" }, { stream: "education", arrangement: "organised" }] }),
    ]);
    expect(records.map((r) => r.element)).toEqual(["education", "health", "social_care", "integrated"]);
  });

  it("leaves out a child with no line running on the census date, and orders by reference", () => {
    const records = buildSen2Records([facts({ childId: "z", reference: "Z-9" }), facts({ childId: "n", reference: "N-1", lines: [] }), facts({ childId: "a", reference: "A-1" })]);
    expect(records.map((r) => r.reference)).toEqual(["A-1", "Z-9"]);
  });

  it("carries the plan's start date and the child's reference, never a name or a date of birth", () => {
    const [record] = buildSen2Records([facts({})]);
    expect(record).toEqual(valid);
  });
});

describe("validateSen2: the collection's rules for the items the file carries", () => {
  it("accepts a valid file", () => {
    expect(validateSen2(HEADER, [valid, { ...valid, childId: "c2", reference: "REF-002", oa: "1" }, { ...valid, childId: "c3", reference: "REF-003", oa: "1", dp: "0" }])).toEqual([]);
  });

  it("refuses a collection other than SEN2, a reference date that is not the year's census date, and an LA number that is not three digits", () => {
    const errors = validateSen2({ collection: "SEN1", year: 2026, censusDate: "2026-01-16", laNumber: "93" }, [valid]);
    expect(errors.map((e) => [e.rule, e.item, e.child])).toEqual([["SEN2-H3", "Collection", null], ["SEN2-H1", "ReferenceDate", null], ["SEN2-H2", "LEA", null]]);
    expect(errors[1]?.message).toContain("2026-01-15");
    expect(validateSen2({ ...HEADER, laNumber: "9360" }, [valid]).map((e) => e.rule)).toEqual(["SEN2-H2"]);
  });

  it("holds the personal budget indicators to 1 or 0, PB 1 whenever OA or DP is 1, and PB 1 only with OA or DP 1", () => {
    const records: Sen2Record[] = [
      { ...valid, childId: "a", reference: "A", pb: "Y", oa: "", dp: "2" },
      { ...valid, childId: "b", reference: "B", pb: "0", oa: "1", dp: "0" },
      { ...valid, childId: "c", reference: "C", pb: "0", oa: "0", dp: "1" },
      { ...valid, childId: "d", reference: "D", pb: "1", oa: "0", dp: "0" },
      { ...valid, childId: "e", reference: "E", pb: "0", oa: "0", dp: "0" },
    ];
    const summary = groupSen2ErrorsByChild(validateSen2(HEADER, records)).map((g) => [g.child?.reference, g.errors.map((e) => `${e.rule} ${e.item}`)]);
    expect(summary).toEqual([
      ["A", ["SEN2-B1 PB", "SEN2-B1 OA", "SEN2-B1 DP"]],
      ["B", ["SEN2-B2 PB"]],
      ["C", ["SEN2-B2 PB"]],
      ["D", ["SEN2-B3 PB"]],
    ]);
  });

  it("lists each child's errors under the child's reference", () => {
    const records: Sen2Record[] = [
      { ...valid, childId: "d", reference: "REF-D", planStatus: "draft", planStartDate: null },
      { ...valid, childId: "f", reference: "REF-F", planStartDate: "2026-02-01" },
      { ...valid, childId: "o", reference: "REF-O", ageOnCensusDate: 26 },
      { ...valid, childId: "x", reference: "REF-X", pb: "1", oa: "0", dp: "0" },
      { ...valid, childId: "y", reference: "REF-D" },
      { ...valid, childId: "e", reference: " " },
    ];
    const groups = groupSen2ErrorsByChild(validateSen2(HEADER, records));
    const summary = groups.map((g) => [g.child?.reference, g.errors.map((e) => e.rule)]);
    expect(summary).toEqual([
      ["REF-D", ["SEN2-N3", "SEN2-N1"]],
      ["REF-F", ["SEN2-N2"]],
      ["REF-O", ["SEN2-P2"]],
      ["REF-X", ["SEN2-B3"]],
      ["REF-D", ["SEN2-P1"]],
      [" ", ["SEN2-P1"]],
    ]);
    expect(groups[1]?.errors[0]?.message).toBe("The EHC plan starts on 2026-02-01, after the census date.");
  });

  it("accepts the edges: a plan started on the census date, a child of 0 and of 25", () => {
    const edges = [
      { ...valid, planStartDate: "2026-01-15" },
      { ...valid, childId: "b", reference: "B", ageOnCensusDate: 0, planStatus: "annual_review" },
      { ...valid, childId: "c", reference: "C", ageOnCensusDate: 25, planStatus: "reassessment" },
    ];
    expect(validateSen2(HEADER, edges)).toEqual([]);
  });
});
