import { addMonths, addPeriod, IsoDate, type DurationUnit } from "@pb/calendar";
import type { PolicyTimeLimits } from "@pb/eligibility";
import { computeDeadline, type Deadline } from "./compute-deadline";

/** The formal review of the policy enters the work queues this many months before it is due (T8). */
export const POLICY_REVIEW_NOTICE_MONTHS = 3;

/**
 * The next formal review of the policy (T8): the policy's `policyReview` period after the effective
 * date of the version in force, by `computeDeadline`; null when the policy sets no period (it is
 * then shown as not set, never guessed).
 */
export function findNextPolicyReview(limits: PolicyTimeLimits, effectiveFrom: string, options: { policyName?: string } = {}): Deadline | null {
  if (limits.policyReview === undefined) return null;
  return computeDeadline(limits, "policy_review", effectiveFrom, options);
}

/** The first day the review shows in the queues: three months before it is due. */
export function findPolicyReviewQueuedFrom(dueOn: string): string {
  return addMonths(IsoDate.parse(dueOn), -POLICY_REVIEW_NOTICE_MONTHS);
}

/**
 * The first day of the current policy review cycle, for the policy review dashboard. Cycles are
 * counted from the council's first published version (when it adopted the policy): a new cycle
 * starts every `policyReview` period after that version's effective date, each counted from it (k
 * periods later, never step by step), and the current one is the latest start on or before today.
 * Versions published within a cycle (the yearly minor amendments) stay in it, side by side. With no
 * period set, the cycle is everything since the first version. Null before any version took effect.
 */
export function findPolicyReviewCycleStart(input: {
  firstEffectiveFrom: string | null;
  period: { n: number; unit: DurationUnit } | undefined;
  today: string;
}): string | null {
  const { firstEffectiveFrom: first, period, today } = input;
  if (first === null || first > today) return null;
  if (!period || period.n === 0) return first;
  const from = IsoDate.parse(first);
  let start: string = from;
  // A bound on the loop: more than a daily cycle over two centuries.
  for (let k = 1; k <= 100_000; k++) {
    const next = addPeriod(from, { n: period.n * k, unit: period.unit });
    if (next > today) break;
    start = next;
  }
  return start;
}
