import type { ReturnState } from "@pb/budgets";
import { addDays, parseIsoDate } from "@pb/calendar";

// When a family is reminded (issue 21). The policies set no reminder dates of their own, so these are
// the council's working habits written once: the review reminder goes in the four weeks before the
// review (the work queue's "due soon" window for reviews), and a return reminder from the day its
// period ends until four weeks after the return was due, so a reminder run that missed a week still
// reminds, but years-old returns never start a flood of messages. Each is sent once per due date.

/** A review is reminded of in the days up to this many before it is due. */
export const REVIEW_REMINDER_LEAD_DAYS = 28;
/** A return is reminded of until this many days after it was due; after that only finance chases it. */
export const RETURN_REMINDER_CATCH_UP_DAYS = 28;

/** Whether a review not yet held, due on `dueOn`, is reminded of today. */
export function isReviewReminderDue(dueOn: string, today: string): boolean {
  return dueOn >= today && dueOn <= addDays(parseIsoDate(today), REVIEW_REMINDER_LEAD_DAYS);
}

/** Whether a period's return, where it stands today (`classifyReturn`), is reminded of today: owed, and not long past due. */
export function isReturnReminderDue(period: { state: ReturnState; dueOn: string }, today: string): boolean {
  if (period.state !== "due" && period.state !== "late" && period.state !== "overdue") return false;
  return today <= addDays(parseIsoDate(period.dueOn), RETURN_REMINDER_CATCH_UP_DAYS);
}
