import { OutsideBankHolidayDataError } from "@pb/calendar";
import type { Policy } from "@pb/eligibility";
import { computeDeadline, TimeLimitNotSetError, type Deadline } from "@pb/reviews";
import { ValidationError } from "../../shared/errors";

const WHAT: Record<"review_request" | "review_decision", string> = {
  review_request: "for a family to ask for a review of a decision",
  review_decision: "for the council to decide a review",
};

/**
 * A T7 deadline by the policy version a decision was made under, counted in its calendar or working
 * days. A limit the policy does not set, or a date past the bank holiday data, is the caller's 4xx.
 */
export function computeReviewDeadline(policy: { policy: Policy; versionNumber: number }, kind: "review_request" | "review_decision", from: string, field: string): Deadline {
  try {
    return computeDeadline(policy.policy.timeLimits, kind, from, { policyName: policy.policy.name });
  } catch (error) {
    if (error instanceof TimeLimitNotSetError) {
      throw new ValidationError(field, `the policy this decision was made under (version ${policy.versionNumber}) sets no time limit ${WHAT[kind]} (timeLimits.${error.policyKey}), so the deadline cannot be worked out`);
    }
    if (error instanceof OutsideBankHolidayDataError) throw new ValidationError(field, error.message);
    throw error;
  }
}
