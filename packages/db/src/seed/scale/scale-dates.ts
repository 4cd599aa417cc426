import { fromDayNumber, parseIsoDate, toDayNumber } from "@pb/calendar";

// Stories do their date arithmetic on day numbers and turn them into text once each: millions of
// dates, but only a few thousand different ones.
const texts = new Map<number, string>();
const days = new Map<string, number>();

export function dayOf(date: string): number {
  let day = days.get(date);
  if (day === undefined) {
    day = toDayNumber(parseIsoDate(date));
    days.set(date, day);
  }
  return day;
}

export function dateOf(day: number): string {
  let text = texts.get(day);
  if (text === undefined) {
    text = fromDayNumber(day);
    texts.set(day, text);
  }
  return text;
}

/** A created_at stamp for a row made on that day, so that two runs write identical rows. */
export function stampOf(date: string): string {
  return `${date} 10:00:00+00`;
}

/** Whole years between a date of birth and a day, as ageOn counts them. */
export function ageAt(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
