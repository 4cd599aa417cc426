import { IsoDate } from "@pb/calendar";
import { z } from "zod";
import { NonNegativePence } from "./money";

export const Frequency = z.enum(["four_weekly", "monthly", "quarterly", "one_off"], {
  error: (issue) =>
    issue.input === undefined ? "is required" : 'must be one of "four_weekly", "monthly", "quarterly", "one_off"',
});
export type Frequency = z.infer<typeof Frequency>;

/** One budget line's payments: an annual rate (or, for one_off, the sum) from start to end inclusive. */
export const ScheduleRequest = z
  .object(
    {
      annualAmountPence: NonNegativePence,
      frequency: Frequency,
      start: IsoDate,
      end: IsoDate,
    },
    { error: "must be an object with annualAmountPence, frequency, start and end" },
  )
  .refine((request) => request.start <= request.end, { path: ["end"], error: "is before start" });
export type ScheduleRequest = z.infer<typeof ScheduleRequest>;
/** The same request before checking: plain date strings are accepted. */
export type ScheduleRequestInput = z.input<typeof ScheduleRequest>;

export type Instalment = { date: IsoDate; amountPence: number };
export type Schedule = { totalPence: number; instalments: Instalment[] };
