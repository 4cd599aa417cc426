import { IsoDate } from "@pb/calendar";
import { generateSchedule } from "./generate-schedule";
import { balanceSchedule } from "./balance-schedule";
import { assertPence } from "./money";
import { ScheduleRequest, type Frequency, type Schedule } from "./schedule-request";
import { splitLineAtChange } from "./split-line";

/**
 * A line of the version being changed; `dueFromChangePence`: its instalments due on or after the
 * change date that stand (the ones the change cancels).
 */
export type VersionLine = { id: string; annualAmountPence: number; frequency: Frequency; start: string; end: string; dueFromChangePence: number };
/**
 * A line of the new version. `balancedPence`: what its first instalments were moved by so that the old
 * instalments kept and these pay each version's share of its days; `unabsorbedPence`: an overpayment
 * the new schedule was too small to take back (for recovery to decide).
 */
export type CarriedLine = { fromLineId: string; line: ScheduleRequest; schedule: Schedule; balancedPence: number; unabsorbedPence: number };
export type BudgetChangeIssue = { lineId: string; message: string };

/**
 * A review's "change" (R15, T3): a new budget version from `changeDate`. Each line still running on
 * that date is carried at its new annual amount (0 stops it): a line already started is split with
 * splitLineAtChange and the part from the change date is carried, scheduled on its own. The old
 * instalments kept (due before the change) were an even share of the whole line, not of the days
 * before it, so the new line's first instalments are balanced: by the old amount's share of the days
 * before the change, less what the old instalments kept come to without any balance an earlier change
 * put into them (the line's total at its rate less the instalments cancelled), so that balance is
 * carried on, not lost. The versions
 * together pay to the penny what each amount comes to over its own days. Lines that ended, and
 * one-offs already due, are not carried; the caller cancels the old instalments from the change date.
 * Changing a one-off already due is an issue.
 */
export function planBudgetChange(
  lines: readonly VersionLine[],
  newAmounts: ReadonlyMap<string, number>,
  changeDateInput: string,
): { carried: CarriedLine[]; issues: BudgetChangeIssue[] } {
  const changeDate = IsoDate.parse(changeDateInput);
  const carried: CarriedLine[] = [];
  const issues: BudgetChangeIssue[] = [];
  for (const id of newAmounts.keys()) {
    if (!lines.some((l) => l.id === id)) issues.push({ lineId: id, message: "is not a line of this budget version" });
  }
  for (const current of lines) {
    const amount = newAmounts.get(current.id) ?? current.annualAmountPence;
    assertPence(amount, "new annual amount");
    const line = ScheduleRequest.parse({ annualAmountPence: current.annualAmountPence, frequency: current.frequency, start: current.start, end: current.end });
    const changed = amount !== current.annualAmountPence;
    if (line.end < changeDate || (line.frequency === "one_off" && line.start < changeDate)) {
      if (changed) issues.push({ lineId: current.id, message: `has no payments left on or after ${changeDate} to change` });
      continue;
    }
    if (amount === 0) continue;
    if (line.start >= changeDate) {
      const moved = { ...line, annualAmountPence: amount };
      carried.push({ fromLineId: current.id, line: moved, schedule: generateSchedule(moved), balancedPence: 0, unabsorbedPence: 0 });
      continue;
    }
    assertPence(current.dueFromChangePence, "instalments due from the change");
    const { before, after } = splitLineAtChange(line, changeDate, amount);
    const kept = generateSchedule(line).totalPence - current.dueFromChangePence;
    const balancedPence = before.schedule.totalPence - kept;
    const balanced = balanceSchedule(after.schedule, balancedPence);
    carried.push({ fromLineId: current.id, line: after.line, schedule: balanced.schedule, balancedPence, unabsorbedPence: balanced.unabsorbedPence });
  }
  return { carried, issues };
}
