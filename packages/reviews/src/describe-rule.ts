import type { DurationUnit } from "@pb/calendar";

const UNIT_NAMES: Readonly<Record<DurationUnit, [string, string]>> = {
  days: ["day", "days"],
  working_days: ["working day", "working days"],
  weeks: ["week", "weeks"],
  months: ["month", "months"],
  years: ["year", "years"],
};

/** { n: 15, unit: "working_days" } → "15 working days"; 1 → "1 month". */
export function describeDuration(period: { n: number; unit: DurationUnit }): string {
  const [one, many] = UNIT_NAMES[period.unit];
  return `${period.n} ${period.n === 1 ? one : many}`;
}
