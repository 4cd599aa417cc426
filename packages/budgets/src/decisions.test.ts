import { describe, expect, it } from "vitest";
import {
  deriveRequestStatus,
  describeOutcomeNeeds,
  findDecisionIssues,
  findDisagreementOutcomeIssues,
  isReviewRequestLate,
  settleDecisionTerms,
  type ProposedDecision,
  type RequestedLine,
} from "./decisions";

const asked: RequestedLine = { annualCostPence: 250_000, arrangement: "direct_payment", recipient: "parent", checkOutcome: "eligible" };
const decide = (p: Partial<ProposedDecision>): ProposedDecision => ({ outcome: "approved", amountPence: null, arrangement: null, reasons: [], ...p });
const fields = (requested: RequestedLine, proposed: ProposedDecision) => findDecisionIssues(requested, proposed).map((i) => i.field);

describe("what each outcome needs", () => {
  it("a refusal needs reasons and carries no amount; an approval carries one", () => {
    expect(describeOutcomeNeeds("refused")).toEqual({ reasonsRequired: true, carriesAmount: false });
    expect(describeOutcomeNeeds("approved_changed")).toEqual({ reasonsRequired: true, carriesAmount: true });
    expect(describeOutcomeNeeds("approved")).toEqual({ reasonsRequired: false, carriesAmount: true });
  });
});

describe("refusals (R13)", () => {
  it("cannot be recorded without reasons, or with only blank ones", () => {
    const issues = findDecisionIssues(asked, decide({ outcome: "refused" }));
    expect(issues).toEqual([{ field: "reasons", message: "are required: a refusal must give the family its reasons (R13)" }]);
    expect(fields(asked, decide({ outcome: "refused", reasons: [{ text: "   " }] }))).toEqual(["reasons", "reasons"]);
  });

  it("is accepted with a reason, and records no amount or arrangement", () => {
    const proposed = decide({ outcome: "refused", reasons: [{ text: "The need is met by the school's provision." }] });
    expect(findDecisionIssues(asked, proposed)).toEqual([]);
    expect(settleDecisionTerms(asked, proposed)).toEqual({ amountPence: null, arrangement: null });
  });

  it("refuses an amount or arrangement sent with a refusal", () => {
    expect(fields(asked, decide({ outcome: "refused", reasons: [{ text: "x" }], amountPence: 1, arrangement: "organised" }))).toEqual(["amountPence", "arrangement"]);
  });

  it("refuses a reason longer than 2000 characters", () => {
    expect(fields(asked, decide({ outcome: "refused", reasons: [{ text: "x".repeat(2001) }] }))).toEqual(["reasons"]);
  });
});

describe("approvals as asked", () => {
  it("take the amount and arrangement asked for", () => {
    expect(findDecisionIssues(asked, decide({}))).toEqual([]);
    expect(settleDecisionTerms(asked, decide({}))).toEqual({ amountPence: 250_000, arrangement: "direct_payment" });
    expect(findDecisionIssues(asked, decide({ amountPence: 250_000, arrangement: "direct_payment" }))).toEqual([]);
  });

  it("point to the changed outcome when the amount or arrangement differs", () => {
    expect(fields(asked, decide({ amountPence: 200_000 }))).toEqual(["amountPence"]);
    expect(fields(asked, decide({ arrangement: "organised" }))).toEqual(["arrangement"]);
  });

  it("leave a line the check found ineligible to its exceptions (judgeExceptions in @pb/eligibility), not to a general reason", () => {
    const ineligible = { ...asked, checkOutcome: "ineligible" as const };
    expect(findDecisionIssues(ineligible, decide({}))).toEqual([]);
  });
});

describe("approvals at a different amount or arrangement", () => {
  const changed = (p: Partial<ProposedDecision>) => decide({ outcome: "approved_changed", reasons: [{ text: "Commissioned cost (R11)." }], ...p });

  it("accept a lower amount or another arrangement, with reasons", () => {
    expect(findDecisionIssues(asked, changed({ amountPence: 199_999 }))).toEqual([]);
    expect(settleDecisionTerms(asked, changed({ amountPence: 199_999 }))).toEqual({ amountPence: 199_999, arrangement: "direct_payment" });
    expect(findDecisionIssues(asked, changed({ arrangement: "organised" }))).toEqual([]);
    expect(settleDecisionTerms(asked, changed({ arrangement: "organised" }))).toEqual({ amountPence: 250_000, arrangement: "organised" });
  });

  it("need reasons", () => {
    expect(fields(asked, changed({ amountPence: 1, reasons: [] }))).toEqual(["reasons"]);
  });

  it("must change something", () => {
    expect(fields(asked, changed({}))).toEqual(["outcome"]);
    expect(fields(asked, changed({ amountPence: 250_000, arrangement: "direct_payment" }))).toEqual(["outcome"]);
  });

  it("refuse £0 (that is a refusal) and amounts that are not whole pence", () => {
    expect(fields(asked, changed({ amountPence: 0 }))).toEqual(["amountPence"]);
    expect(fields(asked, changed({ amountPence: 10.5 }))).toEqual(["amountPence"]);
    expect(fields(asked, changed({ amountPence: -1 }))).toEqual(["amountPence"]);
    expect(fields(asked, changed({ amountPence: Number.MAX_SAFE_INTEGER + 1 }))).toEqual(["amountPence"]);
  });

  it("refuse a change to a direct payment when the request named no recipient (R9)", () => {
    const organised: RequestedLine = { ...asked, arrangement: "organised", recipient: null };
    expect(fields(organised, changed({ arrangement: "direct_payment" }))).toEqual(["arrangement"]);
    expect(findDecisionIssues(organised, changed({ arrangement: "third_party" }))).toEqual([]);
  });
});

describe("request status", () => {
  it("is decided once every line is decided", () => {
    expect(deriveRequestStatus("open", [{ decided: true }, { decided: false }])).toBe("open");
    expect(deriveRequestStatus("open", [{ decided: true }, { decided: true }])).toBe("decided");
    expect(deriveRequestStatus("open", [])).toBe("open");
  });

  it("stays withdrawn", () => {
    expect(deriveRequestStatus("withdrawn", [{ decided: true }])).toBe("withdrawn");
  });
});

describe("reviews of decisions (T7)", () => {
  it("flags a request made after its deadline as late, and one on the deadline as in time", () => {
    expect(isReviewRequestLate("2025-06-17", "2025-06-17")).toBe(false);
    expect(isReviewRequestLate("2025-06-18", "2025-06-17")).toBe(true);
    expect(isReviewRequestLate("2099-01-01", null)).toBe(false);
  });

  it("needs a new decision when changed, and reasons when upheld", () => {
    expect(findDisagreementOutcomeIssues({ outcome: "changed", notes: "", hasNewDecision: false }).map((i) => i.field)).toEqual(["newDecision"]);
    expect(findDisagreementOutcomeIssues({ outcome: "changed", notes: "", hasNewDecision: true })).toEqual([]);
    expect(findDisagreementOutcomeIssues({ outcome: "upheld", notes: " ", hasNewDecision: false }).map((i) => i.field)).toEqual(["notes"]);
    expect(findDisagreementOutcomeIssues({ outcome: "upheld", notes: "Reasons explained.", hasNewDecision: false })).toEqual([]);
    expect(findDisagreementOutcomeIssues({ outcome: "withdrawn", notes: "", hasNewDecision: false })).toEqual([]);
    expect(findDisagreementOutcomeIssues({ outcome: "withdrawn", notes: "", hasNewDecision: true }).map((i) => i.field)).toEqual(["newDecision"]);
  });
});
