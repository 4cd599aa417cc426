import { getDateParts, getDaysInMonth, makeIsoDate, toDayNumber, type IsoDate } from "./iso-date";
import { formatYearLabel, parseYearLabel } from "./year-label";

/** A financial year runs 1 April to 31 March; label "2025-26". */
export type FinancialYear = { label: string; start: IsoDate; end: IsoDate };

function buildFinancialYear(startYear: number): FinancialYear {
  return {
    label: formatYearLabel(startYear),
    start: makeIsoDate(startYear, 4, 1),
    end: makeIsoDate(startYear + 1, 3, 31),
  };
}

export function financialYearOf(date: IsoDate): FinancialYear {
  const { year, month } = getDateParts(date);
  return buildFinancialYear(month >= 4 ? year : year - 1);
}

/** The financial year named by a label such as "2025-26". */
export function getFinancialYear(label: string): FinancialYear {
  return buildFinancialYear(parseYearLabel(label));
}

/** "2025-26" → "2025-04-01". */
export function financialYearStart(label: string): IsoDate {
  return getFinancialYear(label).start;
}

/** "2025-26" → "2026-03-31". */
export function financialYearEnd(label: string): IsoDate {
  return getFinancialYear(label).end;
}

/** 366 when the year contains a 29 February, else 365. */
export function countDaysInFinancialYear(year: FinancialYear): number {
  return toDayNumber(year.end) - toDayNumber(year.start) + 1;
}

/** Every financial year that shares at least one day with [start, end], in order. */
export function listFinancialYearsBetween(start: IsoDate, end: IsoDate): FinancialYear[] {
  if (end < start) throw new RangeError(`${end} is before ${start}`);
  const years: FinancialYear[] = [];
  const lastStartYear = getDateParts(financialYearOf(end).start).year;
  for (let y = getDateParts(financialYearOf(start).start).year; y <= lastStartYear; y++) years.push(buildFinancialYear(y));
  return years;
}

/** The latest `count` financial years up to the one `today` falls in, newest first, as "2025-26" labels. */
export function listRecentFinancialYears(today: IsoDate, count: number): string[] {
  const latest = getDateParts(financialYearOf(today).start).year;
  return Array.from({ length: count }, (_, i) => buildFinancialYear(latest - i).label);
}

/** A calendar month: "2025-04" with its first and last days. */
export type CalendarMonth = { month: string; start: IsoDate; end: IsoDate };

/** The twelve months of a financial year, April to March. */
export function monthsOfFinancialYear(label: string): CalendarMonth[] {
  const startYear = parseYearLabel(label);
  return Array.from({ length: 12 }, (_, index) => {
    const year = index < 9 ? startYear : startYear + 1;
    const month = ((index + 3) % 12) + 1;
    return {
      month: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`,
      start: makeIsoDate(year, month, 1),
      end: makeIsoDate(year, month, getDaysInMonth(year, month)),
    };
  });
}
