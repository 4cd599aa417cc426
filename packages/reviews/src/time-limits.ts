// Structurally identical to the types @pb/eligibility is about to export; switch to
// `export type { … } from "@pb/eligibility"` once they exist there.
export type DurationUnit = "days" | "working_days" | "weeks" | "months" | "years";
export type Source = { document: string; rule: string; quote?: string };
export type TimeLimit = { n: number; unit: DurationUnit; source: Source };
export type PolicyTimeLimits = {
  firstDirectPaymentReview?: TimeLimit;
  annualReview?: TimeLimit;
  reviewRequest?: TimeLimit;
  reviewDecision?: TimeLimit;
  cessationNotice?: TimeLimit;
  returnDue?: TimeLimit;
  policyReview?: TimeLimit;
};
