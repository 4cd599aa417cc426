import { describe, expect, it } from "vitest";
import { EMPTY_CHILD, labelCaseField, toChildFields, toPlanFields } from "./drafts";

describe("the child and plan forms' drafts", () => {
  it("turn blank dates into null and trim outcomes", () => {
    expect(toPlanFields({ type: "ehcp", status: "final", issuedOn: "2024-01-10", lastAnnualReviewOn: " ", nextAnnualReviewOn: "", outcomes: [{ key: 0, code: " E1 ", description: " Reads " }] })).toEqual({
      type: "ehcp", status: "final", issuedOn: "2024-01-10", lastAnnualReviewOn: null, nextAnnualReviewOn: null, outcomes: [{ code: "E1", description: "Reads" }],
    });
  });

  it("read the short breaks level and capacity choices", () => {
    expect(toChildFields({ ...EMPTY_CHILD, shortBreaksLevel: "2", youngPersonHasCapacity: "no" })).toMatchObject({ shortBreaksLevel: 2, youngPersonHasCapacity: false });
    expect(toChildFields(EMPTY_CHILD)).toMatchObject({ shortBreaksLevel: null, youngPersonHasCapacity: null });
  });

  it("name fields in words for the error summary", () => {
    expect(labelCaseField("plan.outcomes.1.code")).toBe("Outcome 2: code");
    expect(labelCaseField("plan.nextAnnualReviewOn")).toBe("Next annual review");
    expect(labelCaseField("dateOfBirth")).toBe("Date of birth");
  });
});
