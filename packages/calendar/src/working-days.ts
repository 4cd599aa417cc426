import { isBankHoliday } from "./bank-holidays";
import { fromDayNumber, isWeekend, toDayNumber, type IsoDate } from "./iso-date";

/** Monday to Friday and not an England and Wales bank holiday; throws outside the holiday data's years. */
export function isWorkingDay(date: IsoDate): boolean {
  return !isBankHoliday(date) && !isWeekend(date);
}

/**
 * The nth working day after `from` (before it, for negative n); n = 0 returns `from` itself.
 * `from` need not be a working day. Throws OutsideBankHolidayDataError rather than guess holidays.
 */
export function addWorkingDays(from: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let dayNumber = toDayNumber(from);
  for (let remaining = Math.abs(n); remaining > 0;) {
    dayNumber += step;
    if (isWorkingDay(fromDayNumber(dayNumber))) remaining--;
  }
  return fromDayNumber(dayNumber);
}
