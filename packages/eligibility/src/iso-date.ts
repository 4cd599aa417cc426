import { z } from "zod";
import { describeExpected } from "./expected";

// Private ISO date helpers: @pb/calendar had none yet when this was written. Plain arithmetic on
// year, month and day, so no time zone or Date quirk can move a date.

export type DateParts = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function countDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a "YYYY-MM-DD" string, or undefined when it is not a real calendar date. */
export function parseIsoDate(text: string): DateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > countDaysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** 0 = Sunday … 6 = Saturday (Sakamoto's method, proleptic Gregorian calendar). */
export function findDayOfWeek({ year, month, day }: DateParts): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const offset = offsets[month - 1] ?? 0;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offset + day) % 7;
}

/**
 * Age in whole years on a date. Someone born on 29 February has their birthday on 1 March in
 * other years, as is usual in England.
 */
export function calculateAge(dateOfBirth: DateParts, on: DateParts): number {
  const years = on.year - dateOfBirth.year;
  const birthdayPassed = on.month > dateOfBirth.month || (on.month === dateOfBirth.month && on.day >= dateOfBirth.day);
  return birthdayPassed ? years : years - 1;
}

/** "26 June 2026": how a date is written in a message to a family. */
export function formatDateForPeople(date: DateParts): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1] ?? ""} ${date.year}`;
}

/** A real calendar date written YYYY-MM-DD. */
export const IsoDate = z
  .string({ error: describeExpected("a date written YYYY-MM-DD") })
  .regex(ISO_DATE, { error: describeExpected("a date written YYYY-MM-DD") })
  .refine((text) => parseIsoDate(text) !== undefined, { error: (issue) => `not a real date (${String(issue.input)})` });
export type IsoDate = z.infer<typeof IsoDate>;

/** Parts of a date already validated by IsoDate; a broken invariant is a bug, so it throws. */
export function readIsoDate(text: string): DateParts {
  const parts = parseIsoDate(text);
  if (!parts) throw new Error(`not a real date (${text})`);
  return parts;
}
