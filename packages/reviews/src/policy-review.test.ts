import { describe, expect, it } from "vitest";
import { findNextPolicyReview, findPolicyReviewCycleStart, findPolicyReviewQueuedFrom } from "./policy-review";

const threeYears = { n: 3, unit: "years" as const };

describe("the formal review of the policy (T8)", () => {
  it("is due the policy's period after the version in force took effect, with the rule and its source", () => {
    const due = findNextPolicyReview({ policyReview: { ...threeYears, source: { document: "002", rule: "T8" } } }, "2024-04-01");
    expect(due?.due).toBe("2027-04-01");
    expect(due?.rule).toBe("The policy is formally reviewed within 3 years of this version taking effect (T8)");
  });

  it("is not set (null, never an error) when the policy sets no period", () => {
    expect(findNextPolicyReview({}, "2024-04-01")).toBeNull();
  });

  it("enters the queues three months before it is due, keeping month ends", () => {
    expect(findPolicyReviewQueuedFrom("2027-04-01")).toBe("2027-01-01");
    expect(findPolicyReviewQueuedFrom("2027-05-31")).toBe("2027-02-28");
  });
});

describe("the current policy review cycle", () => {
  it("starts at the first version while the first period runs, so later versions stand beside it", () => {
    expect(findPolicyReviewCycleStart({ firstEffectiveFrom: "2024-04-01", period: threeYears, today: "2026-12-07" })).toBe("2024-04-01");
    expect(findPolicyReviewCycleStart({ firstEffectiveFrom: "2024-04-01", period: threeYears, today: "2027-03-31" })).toBe("2024-04-01");
  });

  it("starts again every whole period after the first version, counted from it", () => {
    expect(findPolicyReviewCycleStart({ firstEffectiveFrom: "2024-04-01", period: threeYears, today: "2027-04-01" })).toBe("2027-04-01");
    expect(findPolicyReviewCycleStart({ firstEffectiveFrom: "2020-02-29", period: threeYears, today: "2026-12-07" })).toBe("2026-02-28");
    expect(findPolicyReviewCycleStart({ firstEffectiveFrom: "2020-02-29", period: { n: 1, unit: "years" }, today: "2024-03-01" })).toBe("2024-02-29");
  });

  it("runs from the first version when the policy sets no period (or zero)", () => {
    expect(findPolicyReviewCycleStart({ firstEffectiveFrom: "2019-09-01", period: undefined, today: "2026-12-07" })).toBe("2019-09-01");
    expect(findPolicyReviewCycleStart({ firstEffectiveFrom: "2019-09-01", period: { n: 0, unit: "years" }, today: "2026-12-07" })).toBe("2019-09-01");
  });

  it("has no cycle before any version took effect", () => {
    expect(findPolicyReviewCycleStart({ firstEffectiveFrom: null, period: threeYears, today: "2026-12-07" })).toBeNull();
    expect(findPolicyReviewCycleStart({ firstEffectiveFrom: "2027-01-01", period: threeYears, today: "2026-12-07" })).toBeNull();
  });
});
