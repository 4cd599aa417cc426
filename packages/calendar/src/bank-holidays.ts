import data from "../data/bank-holidays-england-and-wales.json" with { type: "json" };
import { getDateParts, type IsoDate } from "./iso-date";

// The product reads this data, never the rules that generated it (scripts/generate-bank-holidays.mjs),
// so a one-off holiday announced later is a one-line data change.
const HOLIDAYS: ReadonlyMap<string, string> = new Map(Object.entries(data as Record<string, string>));

function findYearRange(): { firstYear: number; lastYear: number } {
  const years = [...HOLIDAYS.keys()].map((date) => Number(date.slice(0, 4)));
  return { firstYear: Math.min(...years), lastYear: Math.max(...years) };
}

/** The years the bank holiday data covers, inclusive. */
export const BANK_HOLIDAY_YEARS: Readonly<{ firstYear: number; lastYear: number }> = Object.freeze(findYearRange());

/** Thrown when a working-day question is asked about a year the bank holiday data does not cover. */
export class OutsideBankHolidayDataError extends RangeError {
  readonly date: string;
  constructor(date: string) {
    super(
      `No England and Wales bank holiday data for ${date}: working days can be counted only from ` +
        `${BANK_HOLIDAY_YEARS.firstYear} to ${BANK_HOLIDAY_YEARS.lastYear} (packages/calendar/data)`,
    );
    this.name = "OutsideBankHolidayDataError";
    this.date = date;
  }
}

/** Throws OutsideBankHolidayDataError unless the data covers the date's year. */
export function assertBankHolidayDataCovers(date: IsoDate): void {
  const { year } = getDateParts(date);
  if (year < BANK_HOLIDAY_YEARS.firstYear || year > BANK_HOLIDAY_YEARS.lastYear) {
    throw new OutsideBankHolidayDataError(date);
  }
}

export function isBankHoliday(date: IsoDate): boolean {
  assertBankHolidayDataCovers(date);
  return HOLIDAYS.has(date);
}

/** The holiday's name, e.g. "Boxing Day (substitute day)", or undefined on an ordinary day. */
export function getBankHolidayName(date: IsoDate): string | undefined {
  assertBankHolidayDataCovers(date);
  return HOLIDAYS.get(date);
}

/** Every England and Wales bank holiday in a calendar year, in date order. */
export function listBankHolidays(year: number): { date: IsoDate; name: string }[] {
  if (year < BANK_HOLIDAY_YEARS.firstYear || year > BANK_HOLIDAY_YEARS.lastYear) {
    throw new OutsideBankHolidayDataError(`${year}`);
  }
  return [...HOLIDAYS.entries()]
    .filter(([date]) => date.startsWith(`${year}-`))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, name]) => ({ date: date as IsoDate, name }));
}
