import { findDayOfWeek, formatIsoDate, readIsoDate } from "./iso-date";

const FRIDAY = 5;

/** The last Friday of June in a year, as YYYY-MM-DD. */
export function findLastFridayOfJune(year: number): string {
  const dayOfJune30 = findDayOfWeek({ year, month: 6, day: 30 });
  const daysBack = (dayOfJune30 - FRIDAY + 7) % 7;
  return formatIsoDate({ year, month: 6, day: 30 - daysBack });
}

/**
 * The date a young person passes compulsory school age: the last Friday of June of the school year
 * (1 September to 31 August) in which they turn 16. Someone who turns 16 in July or August passes it
 * in June, while still 15 (Education Act 1996, s.8).
 */
export function findCompulsorySchoolAgeEnd(dateOfBirth: string): string {
  const birth = readIsoDate(dateOfBirth);
  const sixteenthBirthdayYear = birth.year + 16;
  // A 29 February birthday falls in February or March, so the school year is the same either way.
  const schoolYearEnds = birth.month >= 9 ? sixteenthBirthdayYear + 1 : sixteenthBirthdayYear;
  return findLastFridayOfJune(schoolYearEnds);
}

/** True from the last Friday of June of the school year in which the young person turns 16. */
export function isOverCompulsorySchoolAge(dateOfBirth: string, onDate: string): boolean {
  readIsoDate(onDate);
  return onDate >= findCompulsorySchoolAgeEnd(dateOfBirth);
}
