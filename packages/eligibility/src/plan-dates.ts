import type { IsoDate } from "./iso-date";

export type PlanDates = { issuedOn: IsoDate | null; lastAnnualReviewOn: IsoDate | null; nextAnnualReviewOn: IsoDate | null };

/**
 * The first field whose date cannot be right, with why, or null. A plan is reviewed after it is
 * issued, and its next annual review comes after its last (T3, 002).
 */
export function checkPlanDates(dates: PlanDates): { field: keyof PlanDates; message: string } | null {
  if (dates.issuedOn && dates.lastAnnualReviewOn && dates.lastAnnualReviewOn < dates.issuedOn) {
    return { field: "lastAnnualReviewOn", message: "must not be before the date the plan was issued" };
  }
  const after = dates.lastAnnualReviewOn ?? dates.issuedOn;
  if (after && dates.nextAnnualReviewOn && dates.nextAnnualReviewOn <= after) {
    return { field: "nextAnnualReviewOn", message: dates.lastAnnualReviewOn ? "must be after the last annual review" : "must be after the date the plan was issued" };
  }
  return null;
}
