import { z } from "zod";
import { fromDayNumber, getDateParts, getDaysInMonth, makeIsoDate, toDayNumber, type IsoDate } from "./iso-date";
import { addWorkingDays } from "./working-days";

export const DurationUnit = z.enum(["days", "working_days", "weeks", "months", "years"], {
  error: (issue) =>
    issue.input === undefined ? "is required" : 'must be one of "days", "working_days", "weeks", "months", "years"',
});
export type DurationUnit = z.infer<typeof DurationUnit>;

/** A length of time such as { n: 15, unit: "days" }; n is a whole number, 0 or more. */
export const Period = z.object(
  {
    n: z
      .number({ error: (issue) => (issue.input === undefined ? "is required" : "must be a whole number") })
      .int({ error: "must be a whole number" })
      .min(0, { error: "must be 0 or more" })
      .max(100_000, { error: "must be at most 100000" }),
    unit: DurationUnit,
  },
  { error: (issue) => (issue.input === undefined ? "is required" : 'must be an object like { "n": 10, "unit": "days" }') },
);
export type Period = z.infer<typeof Period>;

function assertWholeNumber(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

/** Calendar days after (or, for negative n, before) a date. */
export function addDays(date: IsoDate, n: number): IsoDate {
  assertWholeNumber(n, "days");
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * The same day of the month n months later, or that month's last day when it is shorter:
 * 31 January + 1 month = 28 (or 29) February. Always counted from `date`, never step by step.
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  assertWholeNumber(n, "months");
  const { year, month, day } = getDateParts(date);
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) throw new RangeError(`${date} + ${n} months is outside the years 0001 to 9999`);
  return makeIsoDate(targetYear, targetMonth, Math.min(day, getDaysInMonth(targetYear, targetMonth)));
}

/**
 * The latest calendar month ("2026-11") whose last day is `date` or before it: the last month a
 * month-end census can have counted. On 6 December that is November; on 31 December, December.
 */
export function lastMonthEndedBy(date: IsoDate): string {
  const { year, month, day } = getDateParts(date);
  if (day === getDaysInMonth(year, month)) return date.slice(0, 7);
  return addMonths(makeIsoDate(year, month, 1), -1).slice(0, 7);
}

/** Whole years later, with the month-end rule: 29 February + 1 year = 28 February. */
export function addYears(date: IsoDate, n: number): IsoDate {
  assertWholeNumber(n, "years");
  return addMonths(date, n * 12);
}

/**
 * The date a period after `from`. Days and weeks count calendar days after `from`;
 * working days skip weekends and England and Wales bank holidays (see addWorkingDays).
 */
export function addPeriod(from: IsoDate, period: { n: number; unit: DurationUnit }): IsoDate {
  switch (period.unit) {
    case "days":
      return addDays(from, period.n);
    case "weeks":
      return addDays(from, period.n * 7);
    case "working_days":
      return addWorkingDays(from, period.n);
    case "months":
      return addMonths(from, period.n);
    case "years":
      return addYears(from, period.n);
  }
}
