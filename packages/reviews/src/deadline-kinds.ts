import type { PolicyTimeLimits } from "@pb/eligibility";

export const DEADLINE_KINDS = [
  "first_dp_review",
  "annual_review",
  "review_request",
  "review_decision",
  "cessation_notice",
  "return_due",
  "policy_review",
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

type KindDefinition = {
  /** Where the policy keeps this kind's time limit. */
  key: keyof PolicyTimeLimits;
  /** The domain rule in docs (T1–T8). */
  domainRule: string;
  /** The sentence, with the duration ("15 days") put in. */
  describe: (duration: string) => string;
};

export const DEADLINE_KIND_DEFINITIONS: Readonly<Record<DeadlineKind, KindDefinition>> = {
  first_dp_review: {
    key: "firstDirectPaymentReview",
    domainRule: "T2",
    describe: (d) => `The first review of a direct payment is due within ${d} of the first payment`,
  },
  annual_review: {
    key: "annualReview",
    domainRule: "T3",
    describe: (d) => `The personal budget is reviewed at the annual review, within ${d} of the last one`,
  },
  review_request: {
    key: "reviewRequest",
    domainRule: "T7",
    describe: (d) => `The family may ask for a review within ${d} of being told the decision`,
  },
  review_decision: {
    key: "reviewDecision",
    domainRule: "T7",
    describe: (d) => `The council reviews the decision within ${d} of receiving the request for a review`,
  },
  cessation_notice: {
    key: "cessationNotice",
    domainRule: "T6",
    describe: (d) => `Notice of a decision to end the personal budget is given within ${d} of the annual review meeting`,
  },
  return_due: {
    key: "returnDue",
    domainRule: "T4",
    describe: (d) => `The return is due within ${d} of the end of the return period`,
  },
  policy_review: {
    key: "policyReview",
    domainRule: "T8",
    describe: (d) => `The policy is formally reviewed within ${d} of this version taking effect`,
  },
};

export function isDeadlineKind(value: unknown): value is DeadlineKind {
  return typeof value === "string" && (DEADLINE_KINDS as readonly string[]).includes(value);
}
