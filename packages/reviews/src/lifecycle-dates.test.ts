import { describe, expect, it } from "vitest";
import type { PolicyTimeLimits } from "@pb/eligibility";
import { checkCessationNotice, findAnnualReviewDue } from "./lifecycle-dates";

const limits: PolicyTimeLimits = {
  annualReview: { n: 12, unit: "months", source: { document: "002", rule: "T3" } },
  cessationNotice: { n: 4, unit: "weeks", source: { document: "002", rule: "T6" } },
};
const weeks6: PolicyTimeLimits = { ...limits, cessationNotice: { n: 6, unit: "weeks", source: { document: "council", rule: "T6" } } };

describe("findAnnualReviewDue", () => {
  it("keeps to the plan's date: the first anniversary on or after the budget starts", () => {
    expect(findAnnualReviewDue(limits, "2023-09-14", "2026-05-01").due).toBe("2026-09-14");
    expect(findAnnualReviewDue(limits, "2025-09-14", "2026-05-01").due).toBe("2026-09-14");
    expect(findAnnualReviewDue(limits, "2026-04-01", "2026-05-01").due).toBe("2027-04-01");
  });
  it("counts each anniversary from the plan's date, so 29 February and month ends do not drift", () => {
    expect(findAnnualReviewDue(limits, "2024-02-29", "2028-01-01").due).toBe("2028-02-29");
    expect(findAnnualReviewDue(limits, "2024-02-29", "2026-01-01").due).toBe("2026-02-28");
    const monthly: PolicyTimeLimits = { annualReview: { n: 1, unit: "months", source: { document: "council", rule: "T3" } } };
    expect(findAnnualReviewDue(monthly, "2025-01-31", "2025-04-15").due).toBe("2025-04-30");
  });
  it("uses the policy's period, and stops on a zero-length one", () => {
    const six: PolicyTimeLimits = { annualReview: { n: 6, unit: "months", source: { document: "council", rule: "T3" } } };
    expect(findAnnualReviewDue(six, "2025-01-31", "2026-02-01").due).toBe("2026-07-31");
    const zero: PolicyTimeLimits = { annualReview: { n: 0, unit: "months", source: { document: "council", rule: "T3" } } };
    expect(findAnnualReviewDue(zero, "2025-01-31", "2026-02-01").due).toBe("2025-01-31");
  });
});

describe("checkCessationNotice (T6)", () => {
  const base = { decidedOn: "2026-06-10", annualReviewMeetingOn: "2026-06-01", noticeSentOn: "2026-06-20", today: "2026-07-01" };
  it("computes the notice date from the meeting by the policy's weeks", () => {
    expect(checkCessationNotice(limits, base)).toMatchObject({ noticeDueOn: "2026-06-29", late: false, problems: [] });
    expect(checkCessationNotice(weeks6, base).noticeDueOn).toBe("2026-07-13");
  });
  it("flags a notice after the time limit as late, but records it", () => {
    const check = checkCessationNotice(limits, { ...base, noticeSentOn: "2026-06-30" });
    expect(check).toMatchObject({ late: true, problems: [] });
    expect(checkCessationNotice(weeks6, { ...base, noticeSentOn: "2026-06-30" }).late).toBe(false);
  });
  it("refuses a notice before the decision or in the future, and a meeting after the decision", () => {
    expect(checkCessationNotice(limits, { ...base, noticeSentOn: "2026-06-05" }).problems.map((p) => p.field)).toEqual(["noticeSentOn"]);
    expect(checkCessationNotice(limits, { ...base, noticeSentOn: "2026-07-02" }).problems.map((p) => p.field)).toEqual(["noticeSentOn"]);
    expect(checkCessationNotice(limits, { ...base, annualReviewMeetingOn: "2026-06-11" }).problems.map((p) => p.field)).toEqual(["annualReviewMeetingOn"]);
  });
  it("has no notice date without a meeting, and nothing late while the notice is not sent", () => {
    expect(checkCessationNotice(limits, { ...base, annualReviewMeetingOn: null })).toMatchObject({ noticeDueOn: null, late: false });
    expect(checkCessationNotice(limits, { ...base, noticeSentOn: null })).toMatchObject({ noticeDueOn: "2026-06-29", late: false });
  });
});
