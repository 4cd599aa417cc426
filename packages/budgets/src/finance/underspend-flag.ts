import { underspendThresholdPence } from "../underspend";

export type UnderspendFlag =
  | { status: "not_set" }
  | { status: "within"; weeks: number; thresholdPence: number; excessPence: number }
  /** `noBudgetInForce`: no direct payment line is in force, so the whole balance is unspent, whatever the weeks. */
  | { status: "flagged"; weeks: number; thresholdPence: number; excessPence: number; noBudgetInForce: boolean };

/**
 * Whether an account holds more than the policy's weeks of its budget (T4: Surrey, 6 weeks).
 * `annualAmountPence` is the yearly amount of the direct payment lines in force. A policy that sets
 * no weeks flags nothing: the council has not said when to look.
 */
export function flagUnderspend(balancePence: number, annualAmountPence: number, weeks: number | undefined): UnderspendFlag {
  if (weeks === undefined) return { status: "not_set" };
  const thresholdPence = underspendThresholdPence(annualAmountPence, weeks);
  const excessPence = Math.max(0, balancePence - thresholdPence);
  if (balancePence <= thresholdPence) return { status: "within", weeks, thresholdPence, excessPence };
  return { status: "flagged", weeks, thresholdPence, excessPence, noBudgetInForce: annualAmountPence === 0 };
}
