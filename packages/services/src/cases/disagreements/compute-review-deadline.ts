import type { Policy } from "@pb/eligibility";
import type { Deadline } from "@pb/reviews";
import { deadlineOrNull } from "../../shared/policy-on";

/**
 * A T7 deadline by the policy version a decision was made under, counted in its calendar or working
 * days; null when that policy sets no time limit: the review is still recorded, with no deadline and
 * never late (a family's right to ask comes from the law, not from a policy setting).
 */
export function computeReviewDeadline(policy: { policy: Policy }, kind: "review_request" | "review_decision", from: string | null, field: string): Deadline | null {
  if (from === null) return null;
  return deadlineOrNull(policy, kind, from, field);
}
