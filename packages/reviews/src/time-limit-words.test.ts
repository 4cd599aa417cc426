import { describe, expect, it } from "vitest";
import { resolvePreset } from "@pb/eligibility";
import { describeTimeLimit, TIME_LIMIT_NOT_SET } from "./time-limit-words";

const surrey = resolvePreset("surrey").policy;
const hertfordshire = resolvePreset("hertfordshire").policy;

describe("describeTimeLimit", () => {
  it("words a limit the policy sets, with its source", () => {
    expect(describeTimeLimit(surrey.timeLimits, "review_request", surrey.name)).toEqual({
      kind: "review_request",
      period: "15 days",
      rule: "The family may ask for a review within 15 days of being told the decision (T7)",
      source: "Surrey personal budgets policy (002), T7",
    });
  });

  it("says a limit the policy leaves out is not set by the policy, naming the setting", () => {
    for (const kind of ["review_request", "review_decision", "cessation_notice", "return_due", "policy_review"] as const) {
      const words = describeTimeLimit(hertfordshire.timeLimits, kind, hertfordshire.name);
      expect(words.period).toBeNull();
      expect(words.source).toBeNull();
      expect(words.rule).toContain(TIME_LIMIT_NOT_SET.toLowerCase());
    }
    expect(describeTimeLimit(hertfordshire.timeLimits, "review_request", hertfordshire.name).rule).toContain("timeLimits.reviewRequest");
  });
});
