import { type IsoDate as CalendarDate, isIsoDate, isWithinAcceptedDates, OUTSIDE_ACCEPTED_DATES, parseIsoDate } from "@pb/calendar";
import { z } from "zod";
import { describeExpected } from "./expected";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real calendar date written YYYY-MM-DD, within the dates a person may enter (@pb/calendar). Unlike @pb/calendar's branded IsoDate it stays a plain
 * string, so request objects can be written by hand, and its messages name the date at fault.
 */
export const IsoDate = z
  .string({ error: describeExpected("a date written YYYY-MM-DD") })
  .regex(ISO_DATE, { error: describeExpected("a date written YYYY-MM-DD") })
  // Written out, not passed as isIsoDate: a type guard here would brand the output type.
  .refine((text): boolean => !ISO_DATE.test(text) || isIsoDate(text), {
    error: (issue) => `not a real date (${String(issue.input)})`,
  })
  .refine((text): boolean => !isIsoDate(text) || isWithinAcceptedDates(text), { error: OUTSIDE_ACCEPTED_DATES });
export type IsoDate = z.infer<typeof IsoDate>;

/** A date already validated by IsoDate, as @pb/calendar's type; throws RangeError if it is not real. */
export function toCalendarDate(date: string): CalendarDate {
  return parseIsoDate(date);
}
