import { academicYearEnd, academicYearStart, financialYearEnd, financialYearStart, getDaysInMonth, monthsOfFinancialYear } from "@pb/calendar";

/**
 * The span a dashboard shows, in whole calendar months: a financial year ("2025-26", April–March),
 * an academic year ("2025/26", September–August) or a custom range of months ("2025-04" to "2026-03").
 */
export type DashboardPeriod =
  | { kind: "financial_year"; label: string }
  | { kind: "academic_year"; label: string }
  | { kind: "custom"; fromMonth: string; toMonth: string };

export type ResolvedDashboardPeriod = {
  /** "YYYY-MM", both ends included. */
  fromMonth: string;
  toMonth: string;
  months: string[];
  /** For captions: "financial year 2025-26". */
  label: string;
};

/** The longest custom range a dashboard draws: ten years of months. */
export const MAX_DASHBOARD_MONTHS = 120;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** "2025-04" moved by n months (n may be negative). */
export function shiftMonth(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to` inclusive; empty when `to` is before `from`. */
export function listMonths(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = shiftMonth(m, 1)) out.push(m);
  return out;
}

/** "2025/26" → "2025-26", the calendar package's form of an academic year's label. */
function academicLabel(label: string): string {
  return label.replace("/", "-");
}

export function resolveDashboardPeriod(period: DashboardPeriod): ResolvedDashboardPeriod {
  switch (period.kind) {
    case "financial_year": {
      const months = monthsOfFinancialYear(period.label).map((m) => m.month);
      return { fromMonth: financialYearStart(period.label).slice(0, 7), toMonth: financialYearEnd(period.label).slice(0, 7), months, label: `financial year ${period.label}` };
    }
    case "academic_year": {
      const from = academicYearStart(academicLabel(period.label)).slice(0, 7);
      const to = academicYearEnd(academicLabel(period.label)).slice(0, 7);
      return { fromMonth: from, toMonth: to, months: listMonths(from, to), label: `academic year ${period.label}` };
    }
    case "custom": {
      if (!isMonth(period.fromMonth) || !isMonth(period.toMonth)) throw new RangeError("months look like 2025-04");
      if (period.toMonth < period.fromMonth) throw new RangeError(`${period.toMonth} is before ${period.fromMonth}`);
      const months = listMonths(period.fromMonth, period.toMonth);
      if (months.length > MAX_DASHBOARD_MONTHS) throw new RangeError(`a range of at most ${MAX_DASHBOARD_MONTHS} months`);
      return { fromMonth: period.fromMonth, toMonth: period.toMonth, months, label: `${period.fromMonth} to ${period.toMonth}` };
    }
  }
}

/**
 * The same months a year earlier: what year-on-year change is measured against. A period that runs
 * past `asAtMonth` (this month) is compared only up to it, so a year in progress is set against the
 * same months of the year before, not against the whole of it; a period wholly ahead has no months.
 */
export function findPriorPeriod(period: ResolvedDashboardPeriod, asAtMonth?: string): ResolvedDashboardPeriod {
  const lastCompared = asAtMonth !== undefined && asAtMonth < period.toMonth ? asAtMonth : period.toMonth;
  const fromMonth = shiftMonth(period.fromMonth, -12);
  const toMonth = shiftMonth(lastCompared, -12);
  return { fromMonth, toMonth, months: listMonths(fromMonth, toMonth), label: "the same months a year earlier" };
}

/** "2025-04" → "2025-04-01" and "2025-04-30". */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}
export function lastDayOf(month: string): string {
  return `${month}-${String(getDaysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, "0")}`;
}
