import { addDays, addPeriod, formatMonthSpanEnGb, getDateParts, makeIsoDate, parseIsoDate, type DurationUnit } from "@pb/calendar";

export type ReturnFrequency = "monthly" | "quarterly" | "termly" | "annually";
export type ReturnPeriod = { start: string; end: string; label: string };

/** Used when the policy does not set a return frequency: Surrey's quarterly (T4). */
export const DEFAULT_RETURN_FREQUENCY: ReturnFrequency = "quarterly";
/** Used when the policy sets no `timeLimits.returnDue`: the return is due 28 days after its period ends. */
export const DEFAULT_RETURN_DUE = { n: 28, unit: "days" as DurationUnit };
/** Used when the policy sets no `finance.remindersBeforeEscalation`. */
export const DEFAULT_REMINDERS_BEFORE_ESCALATION = 2;

// Quarters and years follow the financial year (from 1 April); terms follow the school year:
// autumn 1 September–31 December, spring 1 January–31 March, summer 1 April–31 August.
const STARTS: Record<ReturnFrequency, readonly number[]> = {
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarterly: [1, 4, 7, 10],
  termly: [1, 4, 9],
  annually: [4],
};
const TERM_NAMES: Record<number, string> = { 9: "autumn term", 1: "spring term", 4: "summer term" };

function label(frequency: ReturnFrequency, start: string, end: string): string {
  const { year, month } = getDateParts(parseIsoDate(start));
  if (frequency === "termly") return `${TERM_NAMES[month] ?? "term"} ${year}`;
  if (frequency === "annually") return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
  return formatMonthSpanEnGb(start.slice(0, 7), end.slice(0, 7));
}

/** The return period a date falls in. */
export function returnPeriodOf(frequency: ReturnFrequency, dateInput: string): ReturnPeriod {
  const date = parseIsoDate(dateInput);
  const { year, month } = getDateParts(date);
  const starts = STARTS[frequency];
  // The latest period start on or before the date, looking back into the previous year if needed.
  const candidates = [...starts.map((m) => ({ y: year, m })), ...starts.map((m) => ({ y: year - 1, m }))].filter((c) => c.y < year || c.m <= month);
  const best = candidates.reduce((a, b) => (a.y * 12 + a.m >= b.y * 12 + b.m ? a : b));
  const start = makeIsoDate(best.y, best.m, 1);
  const nextStartMonth = starts.find((m) => m > best.m);
  const next = nextStartMonth !== undefined ? makeIsoDate(best.y, nextStartMonth, 1) : makeIsoDate(best.y + 1, starts[0] ?? 1, 1);
  const end = addDays(next, -1);
  return { start, end, label: label(frequency, start, end) };
}

/** Every period from the one holding `from` to the one holding `to`, in order. */
export function listReturnPeriods(frequency: ReturnFrequency, from: string, to: string): ReturnPeriod[] {
  if (to < from) return [];
  const periods: ReturnPeriod[] = [];
  let period = returnPeriodOf(frequency, from);
  while (period.start <= to) {
    periods.push(period);
    period = returnPeriodOf(frequency, addDays(parseIsoDate(period.end), 1));
  }
  return periods;
}

/** The date a period's return is due: the policy's `returnDue` after the period's end, or the default. */
export function computeReturnDue(periodEnd: string, returnDue: { n: number; unit: DurationUnit } | undefined): string {
  return addPeriod(parseIsoDate(periodEnd), returnDue ?? DEFAULT_RETURN_DUE);
}

export type ReturnState = "not_due" | "due" | "late" | "overdue" | "received";

/**
 * Where a period's return stands: not due before its period ends; due until its due date; late after
 * it; overdue (escalated) once the policy's number of reminders has gone unanswered.
 */
export function classifyReturn(input: { periodEnd: string; dueOn: string; today: string; received: boolean; reminders: number; remindersBeforeEscalation: number }): ReturnState {
  if (input.received) return "received";
  if (input.today <= input.periodEnd) return "not_due";
  if (input.today <= input.dueOn) return "due";
  return input.reminders >= input.remindersBeforeEscalation ? "overdue" : "late";
}

