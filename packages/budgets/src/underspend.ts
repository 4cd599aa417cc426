import { assertPence, toSafePence } from "./money";

function assertWeeks(weeks: number): void {
  if (!Number.isSafeInteger(weeks) || weeks < 0) throw new RangeError(`weeks must be a whole number, 0 or more, got ${weeks}`);
}

/** What `weeks` weeks of the budget are worth: annual × weeks ÷ 52, rounded down to the penny. */
export function underspendThresholdPence(annualAmountPence: number, weeks: number): number {
  assertPence(annualAmountPence, "annual amount");
  if (annualAmountPence < 0) throw new RangeError("annual amount must be 0 or more");
  assertWeeks(weeks);
  // Both factors are 0 or more, so BigInt's truncating division is the floor.
  return toSafePence((BigInt(annualAmountPence) * BigInt(weeks)) / 52n, "threshold");
}

/**
 * True when the unspent balance is worth MORE than `weeks` weeks of the budget (Surrey recovers
 * unspent funds over 6 weeks' worth, T4); a balance exactly at the threshold is not underspent.
 */
export function isUnderspent(balancePence: number, annualAmountPence: number, weeks: number): boolean {
  assertPence(balancePence, "balance");
  return balancePence > underspendThresholdPence(annualAmountPence, weeks);
}
