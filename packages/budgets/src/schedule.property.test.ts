import {
  addDays,
  addMonths,
  countDaysInFinancialYear,
  daysBetween,
  financialYearOf,
  fromDayNumber,
  getDateParts,
  getDaysInMonth,
  parseIsoDate,
  toDayNumber,
  type IsoDate,
} from "@pb/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cancelAfter } from "./cancel-after";
import { generateSchedule } from "./generate-schedule";
import type { Frequency, Schedule } from "./schedule-request";
import { splitLineAtChange } from "./split-line";
import { planBudgetChange } from "./budget-change";

const FIRST_DAY = toDayNumber(parseIsoDate("2015-01-01"));
const LAST_DAY = toDayNumber(parseIsoDate("2035-12-31"));
// Any amount: mostly up to £10 million, sometimes up to 2^40 pence (20 years of it stays a safe integer).
const amount = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 2 ** 40 }), fc.constantFrom(0, 1, 2, 3, 99, 100));
const frequency = fc.constantFrom<Frequency>("four_weekly", "monthly", "quarterly", "one_off");
const period = fc
  .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.integer({ min: FIRST_DAY, max: LAST_DAY }))
  .map(([a, b]) => ({ start: fromDayNumber(Math.min(a, b)), end: fromDayNumber(Math.max(a, b)) }));
const request = fc.record({ annualAmountPence: amount, frequency, period }).map(({ period: p, ...rest }) => ({ ...rest, ...p }));

const sum = (schedule: Schedule) => schedule.instalments.reduce((total, i) => total + i.amountPence, 0);

/** An independent reference: count the days in 365- and 366-day financial years one by one. */
function referenceTotal(annual: number, start: IsoDate, end: IsoDate): number {
  let shortDays = 0n;
  let longDays = 0n;
  for (let day = toDayNumber(start); day <= toDayNumber(end); day++) {
    if (countDaysInFinancialYear(financialYearOf(fromDayNumber(day))) === 366) longDays++;
    else shortDays++;
  }
  const numerator = BigInt(annual) * (shortDays * 366n + longDays * 365n);
  const denominator = 365n * 366n;
  return Number((2n * numerator + denominator) / (2n * denominator));
}

describe("generateSchedule properties", () => {
  it("always adds up to the period's total, to the penny", () => {
    fc.assert(
      fc.property(request, (r) => {
        const schedule = generateSchedule(r);
        const expected = r.frequency === "one_off" ? r.annualAmountPence : referenceTotal(r.annualAmountPence, r.start, r.end);
        return schedule.totalPence === expected && sum(schedule) === expected;
      }),
      { numRuns: 300 },
    );
  });

  it("pays exactly the annual amount for one whole financial year, and k times it for k years", () => {
    fc.assert(
      fc.property(
        amount,
        frequency,
        fc.integer({ min: 2015, max: 2034 }),
        fc.integer({ min: 1, max: 5 }),
        (annual, f, year, years) => {
          const start = parseIsoDate(`${year}-04-01`);
          const end = parseIsoDate(`${year + years}-03-31`);
          const schedule = generateSchedule({ annualAmountPence: annual, frequency: f, start, end });
          const expected = f === "one_off" ? annual : annual * years;
          return schedule.totalPence === expected && sum(schedule) === expected;
        },
      ),
    );
  });

  it("splits evenly: amounts differ by at most a penny, the larger ones first", () => {
    fc.assert(
      fc.property(request, (r) => {
        const amounts = generateSchedule(r).instalments.map((i) => i.amountPence);
        const max = Math.max(...amounts);
        const min = Math.min(...amounts);
        return max - min <= 1 && amounts.every((a, i) => i === 0 || a <= (amounts[i - 1] ?? a));
      }),
    );
  });

  it("dates start on start, strictly increase, stay within [start, end] and fall on the right day", () => {
    fc.assert(
      fc.property(request, (r) => {
        const dates = generateSchedule(r).instalments.map((i) => i.date);
        expect(dates[0]).toBe(r.start);
        dates.forEach((date, k) => {
          if (k > 0) expect(date > (dates[k - 1] ?? date)).toBe(true);
          expect(date >= r.start && date <= r.end).toBe(true);
          if (r.frequency === "four_weekly") expect(daysBetween(r.start, date)).toBe(28 * k);
          if (r.frequency === "monthly" || r.frequency === "quarterly") {
            const months = (r.frequency === "monthly" ? 1 : 3) * k;
            const from = getDateParts(r.start);
            const on = getDateParts(date);
            expect((on.year - from.year) * 12 + on.month - from.month).toBe(months);
            expect(on.day).toBe(Math.min(from.day, getDaysInMonth(on.year, on.month)));
          }
        });
        // Nothing is left out: the next date would be after the end.
        const k = dates.length;
        const next =
          r.frequency === "one_off"
            ? undefined
            : r.frequency === "four_weekly"
              ? addDays(r.start, 28 * k)
              : addMonths(r.start, (r.frequency === "monthly" ? 1 : 3) * k);
        if (next !== undefined) expect(next > r.end).toBe(true);
        if (r.frequency === "one_off") expect(dates).toEqual([r.start]);
      }),
    );
  });

  it("splitting at a change without changing the amount moves the total by at most a penny", () => {
    const recurring = request.filter((r) => r.frequency !== "one_off" && r.start < r.end);
    fc.assert(
      fc.property(recurring, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (r, where) => {
        const span = daysBetween(r.start, r.end);
        const changeDate = addDays(r.start, 1 + Math.floor(where * span));
        const { before, after } = splitLineAtChange(r, changeDate, r.annualAmountPence);
        const whole = generateSchedule(r).totalPence;
        const parts = before.schedule.totalPence + after.schedule.totalPence;
        return (
          Math.abs(parts - whole) <= 1 &&
          sum(before.schedule) === before.schedule.totalPence &&
          sum(after.schedule) === after.schedule.totalPence &&
          (before.schedule.instalments.at(-1)?.date ?? "") < changeDate &&
          after.schedule.instalments[0]?.date === changeDate
        );
      }),
    );
  });

  it("cancelAfter keeps and cancels instalments without losing a penny", () => {
    fc.assert(
      fc.property(request, fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (r, day) => {
        const schedule = generateSchedule(r);
        const last = fromDayNumber(day);
        const { schedule: kept, cancelled, cancelledPence } = cancelAfter(schedule, last);
        return (
          kept.totalPence + cancelledPence === schedule.totalPence &&
          kept.instalments.every((i) => i.date <= last) &&
          cancelled.every((i) => i.date > last) &&
          kept.instalments.length + cancelled.length === schedule.instalments.length
        );
      }),
    );
  });

  it("a review's change carries each running line from the change date; with the instalments kept it pays each amount's share of its days, to the penny", () => {
    fc.assert(
      fc.property(request, amount, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (r, newAmount, where) => {
        const changeDate = addDays(r.start, Math.floor(where * (daysBetween(r.start, r.end) + 1)));
        const old = generateSchedule(r).instalments;
        const kept = sum({ totalPence: 0, instalments: old.filter((i) => i.date < changeDate) });
        const line = { id: "l", ...r, dueFromChangePence: sum({ totalPence: 0, instalments: old.filter((i) => i.date >= changeDate) }) };
        const { carried, issues } = planBudgetChange([line], new Map([["l", newAmount]]), changeDate);
        if (r.frequency === "one_off" && r.start < changeDate) return issues.length === (newAmount === r.annualAmountPence ? 0 : 1) && carried.length === 0;
        if (newAmount === 0) return carried.length === 0;
        const [c] = carried;
        return (
          carried.length === 1 &&
          c !== undefined &&
          sum(c.schedule) === c.schedule.totalPence &&
          kept + c.schedule.totalPence === before(r, changeDate) + generateSchedule({ ...r, start: changeDate > r.start ? changeDate : r.start, annualAmountPence: newAmount }).totalPence + c.unabsorbedPence &&
          (c.unabsorbedPence === 0 || c.schedule.totalPence === 0) &&
          c.schedule.instalments.every((i) => i.date >= changeDate && i.date <= r.end)
        );
      }),
    );
  });
});

/** The old amount's share of the days before the change (none when the line starts on or after it). */
function before(r: { annualAmountPence: number; frequency: "four_weekly" | "monthly" | "quarterly" | "one_off"; start: string; end: string }, changeDate: IsoDate): number {
  return changeDate > r.start ? generateSchedule({ ...r, end: addDays(changeDate, -1) }).totalPence : 0;
}
