import { describe, expect, it } from "vitest";
import { describeCondition, describeUnconfirmedConditions, findConfirmationIssues, findLineConditions, findUnmetConditionsBlockingApproval, type ConditionConfirmation } from "./conditions";

const school = { code: "SCHOOL_AGREEMENT_REQUIRED", message: "The school or college's written agreement is still needed." };
const professional = { code: "PROFESSIONAL_IDENTIFICATION_REQUIRED", message: "A professional still needs to confirm the need." };
const confirmation: ConditionConfirmation = { result: "confirmed", what: "The head teacher agreed in writing.", confirmedBy: "Head teacher", confirmedOn: "2026-04-05", evidence: "Letter of 5 April 2026 on file." };
const dates = { requestReceivedOn: "2026-04-01", today: "2026-04-10" };
const fields = (c: Partial<ConditionConfirmation>) => findConfirmationIssues({ ...confirmation, ...c }, dates).map((i) => i.field);

describe("conditions of an approval", () => {
  it("are every finding of a conditional check, once each; an eligible or ineligible line carries none", () => {
    expect(findLineConditions("conditional", [school, professional, school])).toEqual([school, professional]);
    expect(findLineConditions("eligible", [])).toEqual([]);
    expect(findLineConditions("ineligible", [school])).toEqual([]);
  });

  it("a confirmation says what, who, when and on what evidence", () => {
    expect(findConfirmationIssues(confirmation, dates)).toEqual([]);
    expect(fields({ what: " ", confirmedBy: "", evidence: "" })).toEqual(["what", "confirmedBy", "evidence"]);
    expect(fields({ what: "x".repeat(2001), confirmedBy: "y".repeat(201) })).toEqual(["what", "confirmedBy"]);
  });

  it("is dated no later than today and no earlier than the request", () => {
    expect(fields({ confirmedOn: "2026-04-11" })).toEqual(["confirmedOn"]);
    expect(fields({ confirmedOn: "2026-03-31" })).toEqual(["confirmedOn"]);
    expect(fields({ confirmedOn: "2026-04-01" })).toEqual([]);
    expect(fields({ confirmedOn: "2026-04-10" })).toEqual([]);
  });

  it("a condition found not met stops an approval, not a refusal", () => {
    const found = [{ code: school.code, status: "not_met" as const }, { code: professional.code, status: "confirmed" as const }];
    expect(findUnmetConditionsBlockingApproval("approved", found)).toEqual([school.code]);
    expect(findUnmetConditionsBlockingApproval("approved_changed", found)).toEqual([school.code]);
    expect(findUnmetConditionsBlockingApproval("refused", found)).toEqual([]);
    expect(findUnmetConditionsBlockingApproval("approved", [{ code: school.code, status: "pending" }])).toEqual([]);
  });

  it("are named in plain words, an unknown code kept readable", () => {
    expect(describeCondition("CAPACITY_NOT_CONFIRMED")).toBe("the young person's capacity to manage a direct payment");
    expect(describeCondition("COUNCIL_OWN_CHECK")).toBe("council own check");
    expect(describeUnconfirmedConditions(["SCHOOL_AGREEMENT_REQUIRED"])).toBe("The panel approved this line subject to the school or college's agreement, which is not yet confirmed.");
  });
});
