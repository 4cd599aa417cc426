import { describe, expect, it } from "vitest";
import { judgePayability, type PayabilityFacts } from "./payability";

const facts: PayabilityFacts = {
  dueOn: "2026-05-01", arrangement: "direct_payment", budgetStatus: "active", budgetCeasedOn: null, lineStartsOn: "2026-04-01",
  lineEndsOn: "2027-03-31", lineSuspended: false, onSchoolPremises: false, agreementSignedOn: "2026-03-20", schoolAgreementOn: null,
  unconfirmedConditions: [],
};
const codes = (f: Partial<PayabilityFacts>) => judgePayability({ ...facts, ...f }).reasons.map((r) => r.code);

describe("judgePayability", () => {
  it("pays a direct payment with a signed agreement", () => {
    expect(judgePayability(facts)).toEqual({ payable: true, reasons: [] });
  });
  it("refuses a direct payment without an agreement (T1), but not an organised budget", () => {
    expect(codes({ agreementSignedOn: null })).toEqual(["NO_AGREEMENT"]);
    expect(codes({ agreementSignedOn: null, arrangement: "organised" })).toEqual([]);
  });
  it("needs the school's written agreement for a direct payment on its premises (R8)", () => {
    expect(codes({ onSchoolPremises: true })).toEqual(["NO_SCHOOL_AGREEMENT"]);
    expect(codes({ onSchoolPremises: true, schoolAgreementOn: "2026-03-01" })).toEqual([]);
  });
  it("pays nothing after cessation, on a superseded version, a suspended line or outside the line's dates", () => {
    expect(codes({ budgetStatus: "ceased" })).toEqual(["BUDGET_CEASED"]);
    expect(codes({ budgetStatus: "ceased", budgetCeasedOn: "2026-05-01" })).toEqual([]);
    expect(codes({ budgetStatus: "ceased", budgetCeasedOn: "2026-04-30" })).toEqual(["BUDGET_CEASED"]);
    expect(codes({ budgetCeasedOn: "2026-04-30" })).toEqual(["BUDGET_CEASED"]);
    expect(codes({ budgetCeasedOn: "2026-05-01" })).toEqual([]);
    expect(codes({ budgetStatus: "superseded" })).toEqual(["BUDGET_NOT_ACTIVE"]);
    expect(codes({ lineSuspended: true, dueOn: "2027-04-01" })).toEqual(["LINE_SUSPENDED", "LINE_NOT_IN_FORCE"]);
  });
  it("pays nothing of a line approved subject to conditions until each is confirmed, whatever the arrangement", () => {
    expect(codes({ unconfirmedConditions: ["SCHOOL_AGREEMENT_REQUIRED"] })).toEqual(["CONDITION_NOT_CONFIRMED"]);
    expect(codes({ unconfirmedConditions: ["SCHOOL_AGREEMENT_REQUIRED"], arrangement: "organised", agreementSignedOn: null })).toEqual(["CONDITION_NOT_CONFIRMED"]);
    const verdict = judgePayability({ ...facts, unconfirmedConditions: ["SCHOOL_AGREEMENT_REQUIRED", "PROFESSIONAL_IDENTIFICATION_REQUIRED"] });
    expect(verdict.payable).toBe(false);
    expect(verdict.reasons[0]?.message).toBe(
      "The panel approved this line subject to the school or college's agreement and a professional's identification of the need, which are not yet confirmed.",
    );
  });
});
