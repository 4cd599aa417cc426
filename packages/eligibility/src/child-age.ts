import { addYears, ageOn } from "@pb/calendar";
import { toCalendarDate, type IsoDate } from "./iso-date";

// A personal budget is for a child or young person aged 0 to 25 (domain.md): the records hold no one else.

export const MIN_AGE = 0;
export const MAX_AGE = 25;

export const AGE_BANDS = ["0-4", "5-10", "11-15", "16-19", "20-25"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The youngest and oldest age in a band, in whole years. */
export function getAgeBandBounds(band: AgeBand): { from: number; to: number } {
  const [from, to] = band.split("-").map(Number);
  return { from: from ?? 0, to: to ?? 0 };
}

/**
 * The dates of birth of everyone aged from `fromAge` to `toAge` (inclusive) on `today`:
 * born after `bornAfter` and on or before `bornOnOrBefore`.
 */
export function findBirthDateRange(fromAge: number, toAge: number, today: IsoDate): { bornAfter: IsoDate; bornOnOrBefore: IsoDate } {
  // Someone is `fromAge` once their fromAge-th birthday has come; they are past `toAge` from their (toAge+1)-th.
  const day = toCalendarDate(today);
  return { bornAfter: addYears(day, -(toAge + 1)), bornOnOrBefore: addYears(day, -fromAge) };
}

/** Why a date of birth cannot be recorded today, or null when it can (aged 0 to 25, not in the future). */
export function checkDateOfBirth(dateOfBirth: IsoDate, today: IsoDate): string | null {
  if (dateOfBirth > today) return "must not be in the future";
  const age = ageOn(toCalendarDate(dateOfBirth), toCalendarDate(today));
  if (age > MAX_AGE) return `the child or young person must be aged ${MIN_AGE} to ${MAX_AGE}; born on this date they are ${age}`;
  return null;
}

/** Age in whole years on a date, or null before birth. */
export function findAge(dateOfBirth: IsoDate, today: IsoDate): number | null {
  return dateOfBirth > today ? null : ageOn(toCalendarDate(dateOfBirth), toCalendarDate(today));
}

/** An adult care and support plan is under the Care Act 2014, for those aged 18 or over (domain.md). */
export function checkPlanTypeForAge(type: string, dateOfBirth: IsoDate, today: IsoDate): string | null {
  const age = findAge(dateOfBirth, today);
  if (type === "adult_care_support" && age !== null && age < 18) return `an adult care and support plan is for those aged 18 or over; the young person is ${age}`;
  return null;
}
