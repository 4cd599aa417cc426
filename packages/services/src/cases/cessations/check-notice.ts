import { OutsideBankHolidayDataError } from "@pb/calendar";
import { checkCessationNotice } from "@pb/reviews";
import type { PolicyVersionInForce } from "../../policy/policy-in-force";
import { ValidationError } from "../../shared/errors";

/** T6 by the policy in force: refusals become a 4xx naming the field; a late notice is flagged, not refused. */
export function checkNotice(policy: PolicyVersionInForce, dates: { decidedOn: string; annualReviewMeetingOn: string | null; noticeSentOn: string | null; today: string }) {
  const limits = policy.policy.timeLimits;
  // A policy with no notice period has nothing to count from the meeting.
  const counted = limits.cessationNotice ? dates : { ...dates, annualReviewMeetingOn: null };
  try {
    const check = checkCessationNotice(limits, counted, { policyName: policy.policy.name });
    const problem = check.problems[0];
    if (problem) throw new ValidationError(problem.field, problem.message);
    return check;
  } catch (error) {
    if (error instanceof OutsideBankHolidayDataError) throw new ValidationError("annualReviewMeetingOn", error.message);
    throw error;
  }
}
