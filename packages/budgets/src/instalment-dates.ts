import { addDays, addMonths, type IsoDate } from "@pb/calendar";
import type { Frequency } from "./schedule-request";

/** The kth payment date, always counted from the start (so 31 January, 28 February, 31 March …). */
function getNthDate(frequency: Exclude<Frequency, "one_off">, start: IsoDate, k: number): IsoDate {
  switch (frequency) {
    case "monthly":
      return addMonths(start, k);
    case "quarterly":
      return addMonths(start, 3 * k);
    case "four_weekly":
      return addDays(start, 28 * k);
  }
}

/** Payment dates from start while on or before end; a one-off is paid once, on start. */
export function listInstalmentDates(frequency: Frequency, start: IsoDate, end: IsoDate): IsoDate[] {
  if (end < start) throw new RangeError(`${end} is before ${start}`);
  if (frequency === "one_off") return [start];
  const dates: IsoDate[] = [];
  for (let k = 0, date = start; date <= end; k++, date = getNthDate(frequency, start, k)) dates.push(date);
  return dates;
}
