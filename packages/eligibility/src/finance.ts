import { z } from "zod";
import { describeExpected } from "./expected";
import { Source } from "./source";

export const FREQUENCIES = ["monthly", "quarterly", "termly", "annually"] as const;
export const Frequency = z.enum(FREQUENCIES, { error: describeExpected(`one of ${FREQUENCIES.join(", ")}`) });
export type Frequency = z.infer<typeof Frequency>;

const count = z
  .number({ error: describeExpected("a whole number of 0 or more") })
  .int({ error: describeExpected("a whole number of 0 or more") })
  .min(0, { error: describeExpected("a whole number of 0 or more") });

const FINANCE_FIELDS = [
  "returnFrequency",
  "underspendWeeks",
  "remindersBeforeEscalation",
  "monitoringFrequency",
  "financeCheckFrequency",
  "yearEndUnspent",
] as const;

/** T4 and the money side of T1: each value set has its source under `sources`, by the same name. */
export const Finance = z
  .strictObject({
    /** How often a direct payment return is due (Surrey: quarterly). */
    returnFrequency: Frequency.optional(),
    /** Unspent money worth more than this many weeks of the budget is recovered (Surrey: 6). */
    underspendWeeks: count.optional(),
    /** Reminders sent about a missing return before it is escalated. */
    remindersBeforeEscalation: count.optional(),
    /** How often the case officer checks spending (Surrey recommends termly). */
    monitoringFrequency: Frequency.optional(),
    /** How often finance officers check the account (Surrey: quarterly). */
    financeCheckFrequency: Frequency.optional(),
    /** What happens to money unspent at the end of the year. */
    yearEndUnspent: z
      .enum(["returned", "carried_forward"], { error: describeExpected("returned or carried_forward") })
      .optional(),
    sources: z
      .strictObject({
        returnFrequency: Source.optional(),
        underspendWeeks: Source.optional(),
        remindersBeforeEscalation: Source.optional(),
        monitoringFrequency: Source.optional(),
        financeCheckFrequency: Source.optional(),
        yearEndUnspent: Source.optional(),
      })
      .optional(),
  })
  .superRefine((finance, ctx) => {
    for (const field of FINANCE_FIELDS) {
      if (finance[field] !== undefined && finance.sources?.[field] === undefined) {
        ctx.addIssue({ code: "custom", path: ["sources", field], message: `is required because ${field} is set` });
      }
    }
  });
export type Finance = z.infer<typeof Finance>;
