export {
  FIRST_ACCEPTED_DATE,
  LAST_ACCEPTED_DATE,
  OUTSIDE_ACCEPTED_DATES,
  isWithinAcceptedDates,
  IsoDate,
  isIsoDate,
  parseIsoDate,
  makeIsoDate,
  getDateParts,
  toDayNumber,
  fromDayNumber,
  compareDates,
  daysBetween,
  getEarlierDate,
  getLaterDate,
  dayOfWeek,
  isWeekend,
  isLeapYear,
  getDaysInMonth,
  type Weekday,
} from "./iso-date";
export { DurationUnit, Period, addDays, addMonths, addYears, addPeriod, lastMonthEndedBy } from "./date-arithmetic";
export { isWorkingDay, addWorkingDays } from "./working-days";
export {
  BANK_HOLIDAY_YEARS,
  OutsideBankHolidayDataError,
  assertBankHolidayDataCovers,
  isBankHoliday,
  getBankHolidayName,
  listBankHolidays,
} from "./bank-holidays";
export {
  financialYearOf,
  getFinancialYear,
  financialYearStart,
  financialYearEnd,
  countDaysInFinancialYear,
  listFinancialYearsBetween,
  listRecentFinancialYears,
  monthsOfFinancialYear,
  type FinancialYear,
  type CalendarMonth,
} from "./financial-year";
export { academicYearOf, getAcademicYear, academicYearStart, academicYearEnd, type AcademicYear } from "./academic-year";
export { ageOn } from "./age";
export { formatDateEnGb, formatIsoDateEnGb, formatMonthEnGb, formatMonthSpanEnGb, formatPence } from "./format";
export { sen2CensusDate, latestSen2CensusDateWithin } from "./census-dates";
export { todayIso } from "./today";
