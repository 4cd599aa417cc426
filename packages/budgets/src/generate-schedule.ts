import { listInstalmentDates } from "./instalment-dates";
import { computePeriodTotalPence } from "./period-total";
import { ScheduleRequest, type Schedule, type ScheduleRequestInput } from "./schedule-request";
import { splitPenceEvenly } from "./split-pence";

/** The period's total: pro-rated by financial year for a rate; the whole sum for a one-off. */
export function computeScheduleTotalPence(request: ScheduleRequest): number {
  if (request.frequency === "one_off") return request.annualAmountPence;
  return computePeriodTotalPence(request.annualAmountPence, request.start, request.end);
}

/**
 * Instalments for one budget line, exact to the penny (rules in packages/budgets/README.md).
 * Checks the request first and throws the ZodError when it is not valid.
 */
export function generateSchedule(input: ScheduleRequestInput): Schedule {
  const request = ScheduleRequest.parse(input);
  const totalPence = computeScheduleTotalPence(request);
  const dates = listInstalmentDates(request.frequency, request.start, request.end);
  const amounts = splitPenceEvenly(totalPence, dates.length);
  return {
    totalPence,
    instalments: dates.map((date, index) => ({ date, amountPence: amounts[index] ?? 0 })),
  };
}
