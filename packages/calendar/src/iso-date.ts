import { z } from "zod";

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Day 0 is 1970-01-01; the supported range is what four-digit years can write.
const FIRST_DAY_NUMBER = -719162; // 0001-01-01
const LAST_DAY_NUMBER = 2932896; // 9999-12-31

/**
 * The dates a person may enter: any date of birth, plan, budget or payment falls well inside, and
 * everything computed from one (a period's end, a review a year on) stays a four-digit year.
 */
export const FIRST_ACCEPTED_DATE = "1900-01-01";
export const LAST_ACCEPTED_DATE = "2100-12-31";
export const OUTSIDE_ACCEPTED_DATES = `must be between ${FIRST_ACCEPTED_DATE} and ${LAST_ACCEPTED_DATE}`;

/** True for a date, already known to be one, within FIRST_ACCEPTED_DATE … LAST_ACCEPTED_DATE. */
export function isWithinAcceptedDates(date: string): boolean {
  return date >= FIRST_ACCEPTED_DATE && date <= LAST_ACCEPTED_DATE;
}

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function getDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Dates repeat: a schedule's instalments, every check of a request, the millions of rows of a scale
// seed. Each different text is split and checked once; the memo is emptied when it grows large, so a
// long-running server never holds more than a bounded number of them.
const SPLIT_MEMO = new Map<string, readonly [number, number, number] | null>();
const SPLIT_MEMO_LIMIT = 20_000;

function splitIsoDate(value: string): readonly [number, number, number] | undefined {
  const known = SPLIT_MEMO.get(value);
  if (known !== undefined) return known ?? undefined;
  const parts = splitIsoDateText(value);
  if (SPLIT_MEMO.size >= SPLIT_MEMO_LIMIT) SPLIT_MEMO.clear();
  SPLIT_MEMO.set(value, parts ?? null);
  return parts;
}

function splitIsoDateText(value: string): readonly [number, number, number] | undefined {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > getDaysInMonth(year, month)) return undefined;
  return [year, month, day];
}

/** True for a real calendar date written YYYY-MM-DD (so 2025-02-30 is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && splitIsoDate(value) !== undefined;
}

/** A real calendar date written "YYYY-MM-DD"; the brand means it has been checked. */
export const IsoDate = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a date written YYYY-MM-DD") })
  .refine((value) => splitIsoDate(value) !== undefined, {
    error: (issue) =>
      ISO_DATE_PATTERN.test(String(issue.input))
        ? `${String(issue.input)} is not a date in the calendar`
        : "must be a date written YYYY-MM-DD",
  })
  .brand<"IsoDate">();
export type IsoDate = z.infer<typeof IsoDate>;

/** Checks a string and returns it as an IsoDate; throws RangeError when it is not a real date. */
export function parseIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`"${value}" is not a date written YYYY-MM-DD`);
  return value;
}

/** Splits a date into its numeric year, month (1–12) and day. */
export function getDateParts(date: IsoDate): { year: number; month: number; day: number } {
  const parts = splitIsoDate(date);
  if (!parts) throw new RangeError(`"${date}" is not a date written YYYY-MM-DD`);
  return { year: parts[0], month: parts[1], day: parts[2] };
}

/** Builds a date from numeric parts; throws RangeError for a day the month does not have. */
export function makeIsoDate(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return parseIsoDate(text);
}

/** Days since 1970-01-01 (negative before), computed with integers only (Hinnant's days_from_civil). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = getDateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number; throws RangeError outside 0001-01-01 … 9999-12-31. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber) || dayNumber < FIRST_DAY_NUMBER || dayNumber > LAST_DAY_NUMBER) {
    throw new RangeError(`day number ${dayNumber} is outside the years 0001 to 9999`);
  }
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return makeIsoDate(year, month, day);
}

/** -1, 0 or 1; ISO strings of four-digit years sort as text, so this is a plain comparison. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function getEarlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function getLaterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  const weekday = ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
  return weekday as Weekday;
}

export function isWeekend(date: IsoDate): boolean {
  return dayOfWeek(date) >= 6;
}
