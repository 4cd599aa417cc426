import { getDateParts, parseIsoDate, type IsoDate } from "./iso-date";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "2025-04-01" → "1 April 2025" (GOV.UK style: no leading zero, no ordinal, no comma). */
export function formatDateEnGb(date: IsoDate): string {
  const { year, month, day } = getDateParts(date);
  return `${day} ${MONTH_NAMES[month - 1] ?? ""} ${year}`;
}

/** The same from a date held as text (a database column, a URL): refuses text that is not an ISO date. */
export function formatIsoDateEnGb(text: string): string {
  return formatDateEnGb(parseIsoDate(text));
}

/** "2025-04" → "April 2025". */
export function formatMonthEnGb(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = MONTH_NAMES[Number(match?.[2]) - 1];
  if (!match || name === undefined) throw new RangeError(`"${month}" is not a month written YYYY-MM`);
  return `${name} ${Number(match[1])}`;
}

/** Months from and to, as people say them: "April 2026", "April to June 2026", "November 2026 to January 2027". */
export function formatMonthSpanEnGb(from: string, to: string): string {
  const first = formatMonthEnGb(from);
  const last = formatMonthEnGb(to);
  if (from === to) return first;
  return from.slice(0, 4) === to.slice(0, 4) ? `${MONTH_NAMES[Number(from.slice(5, 7)) - 1] ?? ""} to ${last}` : `${first} to ${last}`;
}

/**
 * Integer pence as pounds: 123456 → "£1,234.56". Negative amounts use the ASCII hyphen-minus,
 * "-£1.00", the same as Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" }).
 * Works on the digits as text, so no amount is ever a float.
 */
export function formatPence(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`${pence} is not a whole number of pence`);
  const digits = String(Math.abs(pence)).padStart(3, "0");
  const pounds = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ",");
  return `${pence < 0 ? "-" : ""}£${pounds}.${digits.slice(-2)}`;
}
