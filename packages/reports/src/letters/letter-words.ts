import type { DurationUnit } from "@pb/eligibility";

const UNIT_WORDS: Record<DurationUnit, [string, string]> = {
  days: ["calendar day", "calendar days"],
  working_days: ["working day", "working days"],
  weeks: ["week", "weeks"],
  months: ["month", "months"],
  years: ["year", "years"],
};

/** "15 calendar days"; working days say that weekends and bank holidays do not count. */
export function describeCountedPeriod(limit: { n: number; unit: DurationUnit }): string {
  const [one, many] = UNIT_WORDS[limit.unit];
  const words = `${limit.n} ${limit.n === 1 ? one : many}`;
  return limit.unit === "working_days" ? `${words} (Monday to Friday, not counting bank holidays)` : words;
}
