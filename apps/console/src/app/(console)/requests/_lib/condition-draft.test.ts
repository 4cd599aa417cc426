import { describe, expect, it } from "vitest";
import { labelConditionField, toConditionInputs, type ConditionDraft } from "./condition-draft";

const draft: ConditionDraft = {
  code: "SCHOOL_AGREEMENT_REQUIRED", label: "the school or college's agreement", description: "", result: "pending", what: "x", confirmedBy: "y", confirmedOn: "2026-04-08", evidence: "z",
};

describe("conditions on the decision form", () => {
  it("sends a pending condition without its fields, and a recorded one with what, who, when and evidence", () => {
    expect(toConditionInputs([draft])).toEqual([{ code: "SCHOOL_AGREEMENT_REQUIRED", result: "pending" }]);
    expect(toConditionInputs([{ ...draft, result: "confirmed" }])).toEqual([{ code: "SCHOOL_AGREEMENT_REQUIRED", result: "confirmed", what: "x", confirmedBy: "y", confirmedOn: "2026-04-08", evidence: "z" }]);
  });
  it("names the field of a problem for the error summary", () => {
    expect(labelConditionField("conditions.1.evidence")).toBe("Condition 2: Evidence");
    expect(labelConditionField("confirmedOn")).toBe("Date it was confirmed");
    expect(labelConditionField("reasons")).toBeNull();
  });
});
