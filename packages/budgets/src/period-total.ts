import {
  countDaysInFinancialYear,
  getEarlierDate,
  getLaterDate,
  daysBetween,
  listFinancialYearsBetween,
  type IsoDate,
} from "@pb/calendar";
import { assertPence, toSafePence } from "./money";

// Financial years have 365 or 366 days; both divide 365 × 366, so the sum is one exact fraction.
const COMMON_DENOMINATOR = 365n * 366n;

/**
 * The money due for [start, end] at an annual rate: annual × (days covered ÷ days in that financial
 * year), summed over each financial year the period touches, then rounded once, half a penny up.
 * A whole financial year gives exactly the annual amount, leap year or not.
 */
export function computePeriodTotalPence(annualAmountPence: number, start: IsoDate, end: IsoDate): number {
  assertPence(annualAmountPence, "annual amount");
  if (annualAmountPence < 0) throw new RangeError("annual amount must be 0 or more");
  let numerator = 0n;
  for (const year of listFinancialYearsBetween(start, end)) {
    const covered = daysBetween(getLaterDate(start, year.start), getEarlierDate(end, year.end)) + 1;
    const scale = COMMON_DENOMINATOR / BigInt(countDaysInFinancialYear(year));
    numerator += BigInt(annualAmountPence) * BigInt(covered) * scale;
  }
  return toSafePence((2n * numerator + COMMON_DENOMINATOR) / (2n * COMMON_DENOMINATOR), "period total");
}
