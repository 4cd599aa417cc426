import { dayOfWeek, getDateParts, makeIsoDate } from "@pb/calendar";
import { toCalendarDate } from "./iso-date";

const FRIDAY = 5; // ISO weekday

/** The last Friday of June in a year, as YYYY-MM-DD. */
export function findLastFridayOfJune(year: number): string {
  const daysBack = (dayOfWeek(makeIsoDate(year, 6, 30)) - FRIDAY + 7) % 7;
  return makeIsoDate(year, 6, 30 - daysBack);
}

/**
 * The date a young person passes compulsory school age: the last Friday of June of the school year
 * (1 September to 31 August) in which they turn 16. Someone who turns 16 in July or August passes it
 * in June, while still 15 (Education Act 1996, s.8).
 */
export function findCompulsorySchoolAgeEnd(dateOfBirth: string): string {
  const birth = getDateParts(toCalendarDate(dateOfBirth));
  // A 29 February birthday falls in February or March, so its school year is the same either way.
  const sixteenthBirthdayYear = birth.year + 16;
  return findLastFridayOfJune(birth.month >= 9 ? sixteenthBirthdayYear + 1 : sixteenthBirthdayYear);
}

/** True from the last Friday of June of the school year in which the young person turns 16. */
export function isOverCompulsorySchoolAge(dateOfBirth: string, onDate: string): boolean {
  return toCalendarDate(onDate) >= findCompulsorySchoolAgeEnd(dateOfBirth);
}
