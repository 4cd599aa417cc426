import { dayOfWeek, makeIsoDate, type IsoDate } from "./iso-date";

const THURSDAY = 4;

/**
 * The SEN2 census ("survey day"): the third Thursday of January. The DfE's survey guide names it
 * each year (Thursday 16 January 2025, Thursday 15 January 2026, Thursday 21 January 2027), and
 * each of those is the third Thursday; one rule here rather than a list to keep up to date.
 */
export function sen2CensusDate(year: number): IsoDate {
  const first = makeIsoDate(year, 1, 1);
  const toFirstThursday = (THURSDAY - dayOfWeek(first) + 7) % 7;
  return makeIsoDate(year, 1, 1 + toFirstThursday + 14);
}

/** The latest SEN2 census date within [from, to] (ISO dates), or null when the span holds none. */
export function latestSen2CensusDateWithin(from: string, to: string): IsoDate | null {
  for (let year = Number(to.slice(0, 4)); year >= Number(from.slice(0, 4)); year--) {
    const census = sen2CensusDate(year);
    if (census >= from && census <= to) return census;
  }
  return null;
}
