import { OutsideBankHolidayDataError } from "@pb/calendar";
import { resolvePreset, type PolicyTimeLimits } from "@pb/eligibility";
import { describe, expect, it } from "vitest";
import { computeDateAfter, computeDeadline, TimeLimitNotSetError } from "./compute-deadline";
import { DEADLINE_KINDS, isDeadlineKind } from "./deadline-kinds";
import { describeDuration } from "./describe-rule";

// Surrey's time limits as the domain notes give them (T2 comes from the families' guide, 003).
const surrey: PolicyTimeLimits = {
  firstDirectPaymentReview: { n: 3, unit: "months", source: { document: "003", rule: "T2" } },
  annualReview: { n: 12, unit: "months", source: { document: "002", rule: "T3" } },
  reviewRequest: { n: 15, unit: "days", source: { document: "002", rule: "T7", quote: "within 15 days of being notified" } },
  reviewDecision: { n: 28, unit: "days", source: { document: "002", rule: "T7" } },
  cessationNotice: { n: 4, unit: "weeks", source: { document: "002", rule: "T6" } },
  returnDue: { n: 10, unit: "working_days", source: { document: "council", rule: "finance procedure" } },
  policyReview: { n: 3, unit: "years", source: { document: "002", rule: "T8" } },
};

describe("computeDeadline, every kind", () => {
  it("first_dp_review: 3 months after the first direct payment, clamped to month end", () => {
    expect(computeDeadline(surrey, "first_dp_review", "2025-11-30")).toEqual({
      due: "2026-02-28",
      rule: "The first review of a direct payment is due within 3 months of the first payment (T2)",
      source: "Family guide to personal budgets (003), T2",
    });
    expect(computeDeadline(surrey, "first_dp_review", "2027-11-30").due).toBe("2028-02-29");
  });

  it("annual_review: 12 months after the last annual review", () => {
    const deadline = computeDeadline(surrey, "annual_review", "2024-02-29");
    expect(deadline.due).toBe("2025-02-28");
    expect(deadline.rule).toBe("The personal budget is reviewed at the annual review, within 12 months of the last one (T3)");
  });

  it("review_request: 15 days after the family was told", () => {
    expect(computeDeadline(surrey, "review_request", "2025-06-02")).toEqual({
      due: "2025-06-17",
      rule: "The family may ask for a review within 15 days of being told the decision (T7)",
      source: "Surrey personal budgets policy (002), T7",
    });
  });

  it("review_decision: 28 days after the council received the request, across the year end", () => {
    const deadline = computeDeadline(surrey, "review_decision", "2025-12-15");
    expect(deadline.due).toBe("2026-01-12");
    expect(deadline.rule).toBe("The council reviews the decision within 28 days of receiving the request for a review (T7)");
  });

  it("cessation_notice: 4 weeks after the annual review meeting", () => {
    const deadline = computeDeadline(surrey, "cessation_notice", "2025-02-14");
    expect(deadline.due).toBe("2025-03-14");
    expect(deadline.rule).toBe(
      "Notice of a decision to end the personal budget is given within 4 weeks of the annual review meeting (T6)",
    );
    expect(deadline.source).toBe("Surrey personal budgets policy (002), T6");
  });

  it("return_due: 10 working days after the return period, skipping Christmas and New Year", () => {
    // Quarter ends Wed 31 Dec 2025: 2, 5, 6, 7, 8, 9, 12, 13, 14, 15 January.
    const deadline = computeDeadline(surrey, "return_due", "2025-12-31");
    expect(deadline.due).toBe("2026-01-15");
    expect(deadline.rule).toBe("The return is due within 10 working days of the end of the return period (T4)");
    expect(deadline.source).toBe("The council's local policy, finance procedure");
    expect(computeDeadline(surrey, "return_due", "2025-12-31", { policyName: "Surrey County Council" }).source).toBe(
      "Surrey County Council local policy, finance procedure",
    );
  });

  it("return_due: working days skip Good Friday and Easter Monday", () => {
    // Quarter ends Mon 31 Mar 2026; Good Friday 3 April, Easter Monday 6 April.
    // 1, 2, 7, 8, 9, 10, 13, 14, 15, 16 April.
    expect(computeDeadline(surrey, "return_due", "2026-03-31").due).toBe("2026-04-16");
  });

  it("policy_review: 3 years after the version took effect", () => {
    const deadline = computeDeadline(surrey, "policy_review", "2024-02-29");
    expect(deadline.due).toBe("2027-02-28");
    expect(deadline.rule).toBe("The policy is formally reviewed within 3 years of this version taking effect (T8)");
  });

  it("covers every kind", () => {
    for (const kind of DEADLINE_KINDS) expect(computeDeadline(surrey, kind, "2025-04-01").due > "2025-04-01").toBe(true);
  });
});

describe("computeDeadline, every unit", () => {
  const withLimit = (n: number, unit: "days" | "working_days" | "weeks" | "months" | "years"): PolicyTimeLimits => ({
    reviewRequest: { n, unit, source: { document: "002", rule: "T7" } },
  });

  it.each([
    [1, "days", "2025-12-24", "2025-12-25", "1 day"],
    [15, "days", "2025-12-19", "2026-01-03", "15 days"],
    [1, "working_days", "2025-12-24", "2025-12-29", "1 working day"],
    [15, "working_days", "2025-12-19", "2026-01-14", "15 working days"],
    [2, "weeks", "2025-12-19", "2026-01-02", "2 weeks"],
    [1, "months", "2025-01-31", "2025-02-28", "1 month"],
    [1, "months", "2024-01-31", "2024-02-29", "1 month"],
    [3, "months", "2025-11-30", "2026-02-28", "3 months"],
    [1, "years", "2024-02-29", "2025-02-28", "1 year"],
    [0, "days", "2025-12-19", "2025-12-19", "0 days"],
  ] as const)("%i %s from %s is %s", (n, unit, from, due, words) => {
    const deadline = computeDeadline(withLimit(n, unit), "review_request", from);
    expect(deadline.due).toBe(due);
    expect(deadline.rule).toBe(`The family may ask for a review within ${words} of being told the decision (T7)`);
  });
});

describe("computeDeadline errors", () => {
  it("throws TimeLimitNotSetError when the policy does not set the kind", () => {
    const call = () => computeDeadline({}, "policy_review", "2025-04-01");
    expect(call).toThrow(TimeLimitNotSetError);
    expect(call).toThrow("The policy does not set a time limit for policy_review (timeLimits.policyReview)");
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({ name: "TimeLimitNotSetError", kind: "policy_review", policyKey: "policyReview" });
    }
  });

  it("refuses a non-date, a bad time limit, and working days past the bank holiday data", () => {
    expect(() => computeDeadline(surrey, "review_request", "2025-02-30")).toThrow();
    const bad: PolicyTimeLimits = { reviewRequest: { n: 1.5, unit: "days", source: { document: "002", rule: "T7" } } };
    expect(() => computeDeadline(bad, "review_request", "2025-04-01")).toThrow(RangeError);
    expect(() => computeDeadline(surrey, "return_due", "2035-12-31")).toThrow(OutsideBankHolidayDataError);
  });
});

describe("computeDateAfter", () => {
  it("describes plain arithmetic", () => {
    expect(computeDateAfter("2025-12-19", { n: 10, unit: "working_days" })).toEqual({
      due: "2026-01-07",
      rule: "10 working days after 2025-12-19",
      source: "England and Wales bank holidays",
    });
    expect(computeDateAfter("2025-01-31", { n: 1, unit: "months" })).toMatchObject({
      due: "2025-02-28",
      rule: "1 month after 2025-01-31",
    });
    expect(computeDateAfter("2025-01-31", { n: 2, unit: "weeks" })).toEqual({
      due: "2025-02-14",
      rule: "2 weeks after 2025-01-31",
      source: "Calendar days",
    });
  });
});

describe("helpers", () => {
  it("names durations and kinds", () => {
    expect(describeDuration({ n: 1, unit: "working_days" })).toBe("1 working day");
    expect(describeDuration({ n: 3, unit: "years" })).toBe("3 years");
    expect(isDeadlineKind("return_due")).toBe(true);
    expect(isDeadlineKind("returns_due")).toBe(false);
  });
});

describe("with the shipped presets", () => {
  it("reads Surrey's time limits and cites its policy", () => {
    const { policy } = resolvePreset("surrey");
    expect(computeDeadline(policy.timeLimits, "review_request", "2025-06-02", { policyName: policy.name })).toEqual({
      due: "2025-06-17",
      rule: "The family may ask for a review within 15 days of being told the decision (T7)",
      source: "Surrey personal budgets policy (002), T7",
    });
    expect(computeDeadline(policy.timeLimits, "cessation_notice", "2025-02-14").due).toBe("2025-03-14");
    expect(computeDeadline(policy.timeLimits, "policy_review", "2024-04-01").due).toBe("2027-04-01");
  });

  it("throws TimeLimitNotSetError for a kind a preset leaves out", () => {
    const { policy } = resolvePreset("plymouth");
    const unset = DEADLINE_KINDS.filter((kind) => {
      try {
        computeDeadline(policy.timeLimits, kind, "2025-04-01");
        return false;
      } catch (error) {
        if (error instanceof TimeLimitNotSetError) return true;
        throw error;
      }
    });
    expect(unset.length).toBeGreaterThan(0);
  });
});
