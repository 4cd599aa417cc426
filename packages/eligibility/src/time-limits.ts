import { z } from "zod";
import { describeExpected } from "./expected";
import { Source } from "./source";

// `pb deadline` reads this shape: keep it as it is. Whether a limit counts calendar or working days is its unit.

export const DURATION_UNITS = ["days", "working_days", "weeks", "months", "years"] as const;
export const DurationUnit = z.enum(DURATION_UNITS, { error: describeExpected(`one of ${DURATION_UNITS.join(", ")}`) });
export type DurationUnit = z.infer<typeof DurationUnit>;

export const TimeLimit = z.strictObject({
  n: z
    .number({ error: describeExpected("a whole number of 0 or more") })
    .int({ error: describeExpected("a whole number of 0 or more") })
    .min(0, { error: describeExpected("a whole number of 0 or more") }),
  unit: DurationUnit,
  source: Source,
});
export type TimeLimit = z.infer<typeof TimeLimit>;

export const PolicyTimeLimits = z.strictObject({
  /** T2: first review after the first direct payment. */
  firstDirectPaymentReview: TimeLimit.optional(),
  /** T3: next review after the last annual review. */
  annualReview: TimeLimit.optional(),
  /** T7: the family asks for a review of a decision within this, after being told. */
  reviewRequest: TimeLimit.optional(),
  /** T7: the council decides within this, after receiving the request. */
  reviewDecision: TimeLimit.optional(),
  /** T6: notice of ending a budget within this, after the annual review meeting. */
  cessationNotice: TimeLimit.optional(),
  /** T4: a return is due this long after its period ends. */
  returnDue: TimeLimit.optional(),
  /** T8: the policy itself is formally reviewed every this long. */
  policyReview: TimeLimit.optional(),
});
export type PolicyTimeLimits = z.infer<typeof PolicyTimeLimits>;
