import { OutsideBankHolidayDataError } from "@pb/calendar";
import { DEADLINE_KIND_DEFINITIONS, findNextPolicyReview, findPolicyReviewQueuedFrom } from "@pb/reviews";
import type { ServiceContext } from "../shared/context";
import { getPolicyInForce } from "./policy-in-force";

export type NextPolicyReview = {
  versionId: string;
  versionNumber: number;
  effectiveFrom: string;
  /** Null when the policy sets no period for its formal review. */
  dueOn: string | null;
  /** The day it enters the admins' and managers' queues: three months before. */
  queuedFrom: string | null;
  /** The rule in words, or that the policy does not set it. */
  rule: string;
  source: string | null;
};

/** The next formal review of the policy in force on `date` (T8); null before any version is in force. */
export async function getNextPolicyReview(ctx: ServiceContext, date: string = ctx.today): Promise<NextPolicyReview | null> {
  const inForce = await getPolicyInForce(ctx.db, ctx.councilId, date);
  if (!inForce) return null;
  const base = { versionId: inForce.versionId, versionNumber: inForce.versionNumber, effectiveFrom: inForce.effectiveFrom };
  const notSet = { ...base, dueOn: null, queuedFrom: null, rule: `Not set by the policy (timeLimits.${DEADLINE_KIND_DEFINITIONS.policy_review.key})`, source: null };
  try {
    const due = findNextPolicyReview(inForce.policy.timeLimits, inForce.effectiveFrom, { policyName: inForce.policy.name });
    if (!due) return notSet;
    return { ...base, dueOn: due.due, queuedFrom: findPolicyReviewQueuedFrom(due.due), rule: due.rule, source: due.source };
  } catch (error) {
    // A review period in working days beyond the bank holiday data cannot be dated: shown as not set, never an error.
    if (error instanceof OutsideBankHolidayDataError) return notSet;
    throw error;
  }
}
