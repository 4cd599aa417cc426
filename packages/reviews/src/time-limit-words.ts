import { formatSource, type PolicyTimeLimits } from "@pb/eligibility";
import { DEADLINE_KIND_DEFINITIONS, type DeadlineKind } from "./deadline-kinds";
import { describeDuration } from "./describe-rule";

/** What a page shows for a time limit the policy leaves out: never an error, never a guessed date. */
export const TIME_LIMIT_NOT_SET = "Not set by the policy";

export type TimeLimitWords = {
  kind: DeadlineKind;
  /** "15 days", or null when the policy sets no time limit of this kind. */
  period: string | null;
  /** The rule in a sentence, or "… not set by the policy" naming the setting. */
  rule: string;
  source: string | null;
};

const WHAT: Readonly<Record<DeadlineKind, string>> = {
  first_dp_review: "The first review of a direct payment",
  annual_review: "The annual review of the personal budget",
  review_request: "The time limit for a family to ask for a review of a decision",
  review_decision: "The time limit for the council to decide a review",
  cessation_notice: "The time limit for notice of ending a personal budget",
  return_due: "The time limit for a direct payment return",
  policy_review: "The formal review of the policy",
};

/**
 * One time limit of a policy in words, the same way wherever a page shows one: the rule with its
 * source, or, when the policy sets none, that it is not set (with the setting's name, for admins).
 */
export function describeTimeLimit(limits: PolicyTimeLimits, kind: DeadlineKind, policyName: string): TimeLimitWords {
  const definition = DEADLINE_KIND_DEFINITIONS[kind];
  const limit = limits[definition.key];
  if (!limit) return { kind, period: null, rule: `${WHAT[kind]}: ${TIME_LIMIT_NOT_SET.toLowerCase()} (timeLimits.${definition.key}, ${definition.domainRule})`, source: null };
  const period = describeDuration(limit);
  return { kind, period, rule: `${definition.describe(period)} (${definition.domainRule})`, source: formatSource(limit.source, policyName) };
}
