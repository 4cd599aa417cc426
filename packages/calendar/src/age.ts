import { getDateParts, type IsoDate } from "./iso-date";

/**
 * Age in whole years on a date. A birthday counts from its own day; someone born on 29 February
 * turns a year older on 1 March in a non-leap year (and on 29 February in a leap year).
 * Throws RangeError when the date is before the date of birth.
 */
export function ageOn(dateOfBirth: IsoDate, date: IsoDate): number {
  if (date < dateOfBirth) throw new RangeError(`${date} is before the date of birth ${dateOfBirth}`);
  const born = getDateParts(dateOfBirth);
  const on = getDateParts(date);
  // Comparing (month, day) pairs gives the 1 March rule: 28 February comes before 29 February.
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}
