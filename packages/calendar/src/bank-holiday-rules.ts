// The rules that generate data/bank-holidays-england-and-wales.json. Only the generator script and
// the tests use this file; the product reads the JSON (see bank-holidays.ts).
import { dayOfWeek, fromDayNumber, getDaysInMonth, makeIsoDate, toDayNumber, type IsoDate } from "./iso-date";

type Holidays = Map<IsoDate, string>;

// Not date-arithmetic's addDays: that module reads the JSON this file generates.
function shiftDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function getEasterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeIsoDate(year, month, day);
}

function findFirstMonday(year: number, month: number): IsoDate {
  const first = makeIsoDate(year, month, 1);
  return shiftDays(first, (8 - dayOfWeek(first)) % 7);
}

function findLastMonday(year: number, month: number): IsoDate {
  const last = makeIsoDate(year, month, getDaysInMonth(year, month));
  return shiftDays(last, -((dayOfWeek(last) + 6) % 7));
}

/** The first weekday on or after `date` that is not already a holiday. */
function findSubstituteDay(date: IsoDate, holidays: Holidays): IsoDate {
  let candidate = date;
  while (dayOfWeek(candidate) >= 6 || holidays.has(candidate)) candidate = shiftDays(candidate, 1);
  return candidate;
}

/**
 * Fixed-date holidays on a weekday keep their date; those at a weekend move to the next free weekday.
 * Weekday ones go first so that Christmas on a Sunday gives Boxing Day on 26th and a substitute on 27th.
 */
function addFixedHolidays(holidays: Holidays, days: [IsoDate, string][]): void {
  const atWeekend = days.filter(([date]) => dayOfWeek(date) >= 6);
  for (const [date, name] of days) if (dayOfWeek(date) < 6) holidays.set(date, name);
  for (const [date, name] of atWeekend) holidays.set(findSubstituteDay(date, holidays), `${name} (substitute day)`);
}

/** One-off changes by royal proclamation: `replaces` is the standard holiday it moves, if any. */
export const ONE_OFF_CHANGES: readonly { date: string; name: string; replaces?: string }[] = [
  { date: "2011-04-29", name: "Royal wedding" },
  { date: "2012-06-04", name: "Spring bank holiday", replaces: "2012-05-28" },
  { date: "2012-06-05", name: "Queen’s Diamond Jubilee" },
  { date: "2020-05-08", name: "Early May bank holiday (VE day)", replaces: "2020-05-04" },
  { date: "2022-06-02", name: "Spring bank holiday", replaces: "2022-05-30" },
  { date: "2022-06-03", name: "Platinum Jubilee bank holiday" },
  { date: "2022-09-19", name: "Bank Holiday for the State Funeral of Queen Elizabeth II" },
  { date: "2023-05-08", name: "Bank holiday for the coronation of King Charles III" },
];

function generateStandardHolidays(year: number): Holidays {
  const holidays: Holidays = new Map();
  addFixedHolidays(holidays, [[makeIsoDate(year, 1, 1), "New Year’s Day"]]);
  const easter = getEasterSunday(year);
  holidays.set(shiftDays(easter, -2), "Good Friday");
  holidays.set(shiftDays(easter, 1), "Easter Monday");
  holidays.set(findFirstMonday(year, 5), "Early May bank holiday");
  holidays.set(findLastMonday(year, 5), "Spring bank holiday");
  holidays.set(findLastMonday(year, 8), "Summer bank holiday");
  addFixedHolidays(holidays, [
    [makeIsoDate(year, 12, 25), "Christmas Day"],
    [makeIsoDate(year, 12, 26), "Boxing Day"],
  ]);
  return holidays;
}

/** England and Wales bank holidays for the years given, rules plus one-off changes, sorted by date. */
export function generateBankHolidays(firstYear: number, lastYear: number): Record<string, string> {
  const all: Holidays = new Map();
  for (let year = firstYear; year <= lastYear; year++) {
    for (const [date, name] of generateStandardHolidays(year)) all.set(date, name);
  }
  for (const change of ONE_OFF_CHANGES) {
    const year = Number(change.date.slice(0, 4));
    if (year < firstYear || year > lastYear) continue;
    if (change.replaces !== undefined && !all.delete(change.replaces as IsoDate)) {
      throw new Error(`one-off change ${change.date} replaces ${change.replaces}, which is not a holiday`);
    }
    all.set(change.date as IsoDate, change.name);
  }
  return Object.fromEntries([...all.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
