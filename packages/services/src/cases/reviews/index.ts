export { recordReviewOutcome, type RecordReviewOutcomeInput } from "./record-review-outcome";
export { scheduleEarlyReview } from "./schedule-early-review";
export { scheduleFirstReviewAfterPayment } from "./schedule-first-review";
export { getReview } from "./get-review";
export type { BudgetChange } from "./change-budget-version";
