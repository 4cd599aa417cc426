import { addPeriod, IsoDate } from "@pb/calendar";
import type { PolicyTimeLimits } from "@pb/eligibility";
import { computeDeadline, type Deadline } from "./compute-deadline";
import { DEADLINE_KIND_DEFINITIONS } from "./deadline-kinds";

/**
 * The annual review that a budget starting on `notBefore` meets (T3): the plan's annual reviews
 * fall every policy period after its last one, each counted from the plan's date (k periods after
 * it, never step by step, so 29 February and month ends do not drift to the 28th), the first on or
 * after the start. Tied to the plan's date, not to the budget's.
 */
export function findAnnualReviewDue(limits: PolicyTimeLimits, planReviewedOn: string, notBefore: string, options: { policyName?: string } = {}): Deadline {
  const first = computeDeadline(limits, "annual_review", planReviewedOn, options);
  const limit = limits[DEADLINE_KIND_DEFINITIONS.annual_review.key];
  // A zero-length period would never move on; the policy schema allows 0, so stop at the first.
  if (!limit || limit.n === 0) return first;
  const from = IsoDate.parse(planReviewedOn);
  let due = first.due;
  for (let k = 2; due < notBefore && k <= 200; k++) due = addPeriod(from, { n: limit.n * k, unit: limit.unit });
  return { ...first, due };
}

export type NoticeCheck = {
  /** The date the notice is due by (T6), or null when there is no annual review meeting to count from. */
  noticeDueOn: string | null;
  /** Refusals: a field and why. */
  problems: { field: string; message: string }[];
  /** Recorded, but flagged: the notice went after the policy's time limit. */
  late: boolean;
};

/**
 * T6: a decision to end a budget is written with reasons, and notice is given within the policy's
 * time limit after the annual review meeting. A notice before the decision or the meeting, or in
 * the future, is refused; one after the time limit is recorded and flagged late.
 */
export function checkCessationNotice(
  limits: PolicyTimeLimits,
  dates: { decidedOn: string; annualReviewMeetingOn: string | null; noticeSentOn: string | null; today: string },
  options: { policyName?: string } = {},
): NoticeCheck & { rule: string | null } {
  const problems: NoticeCheck["problems"] = [];
  if (dates.decidedOn > dates.today) problems.push({ field: "decidedOn", message: "cannot be in the future" });
  if (dates.annualReviewMeetingOn && dates.annualReviewMeetingOn > dates.decidedOn) problems.push({ field: "annualReviewMeetingOn", message: "cannot be after the decision to end the budget" });
  const deadline = dates.annualReviewMeetingOn ? computeDeadline(limits, "cessation_notice", dates.annualReviewMeetingOn, options) : null;
  const sent = dates.noticeSentOn;
  if (sent !== null) {
    if (sent > dates.today) problems.push({ field: "noticeSentOn", message: "cannot be in the future" });
    if (sent < dates.decidedOn) problems.push({ field: "noticeSentOn", message: `cannot be before the decision to end the budget (${dates.decidedOn})` });
  }
  const late = deadline !== null && sent !== null && sent > deadline.due;
  return { noticeDueOn: deadline?.due ?? null, rule: deadline?.rule ?? null, problems, late };
}
