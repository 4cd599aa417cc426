import { addDays, IsoDate } from "@pb/calendar";
import { generateSchedule } from "./generate-schedule";
import { assertPence } from "./money";
import { ScheduleRequest, type Schedule, type ScheduleRequestInput } from "./schedule-request";

export type ScheduledLine = { line: ScheduleRequest; schedule: Schedule };

/**
 * A change of amount mid-period makes a new budget version: the old line ends the day before
 * `changeDate` and the new one starts on it at the new annual amount. Each is scheduled on its own
 * (so the new instalments fall on the change date's day of the month) and sums to its own total.
 */
export function splitLineAtChange(
  input: ScheduleRequestInput,
  changeDateInput: string,
  newAnnualAmountPence: number,
): { before: ScheduledLine; after: ScheduledLine } {
  const line = ScheduleRequest.parse(input);
  const changeDate = IsoDate.parse(changeDateInput);
  assertPence(newAnnualAmountPence, "new annual amount");
  if (line.frequency === "one_off") throw new RangeError("a one-off payment cannot change part way; replace it");
  if (changeDate <= line.start || changeDate > line.end) {
    throw new RangeError(`change date ${changeDate} must be after ${line.start} and on or before ${line.end}`);
  }
  const before: ScheduleRequest = { ...line, end: addDays(changeDate, -1) };
  const after: ScheduleRequest = { ...line, start: changeDate, annualAmountPence: newAnnualAmountPence };
  return {
    before: { line: before, schedule: generateSchedule(before) },
    after: { line: after, schedule: generateSchedule(after) },
  };
}
