import { financialYearOf, parseIsoDate } from "@pb/calendar";

/** The latest `count` financial years, newest first, as "2025-26" labels. */
export function recentFinancialYears(today: string, count: number): string[] {
  const latest = Number(financialYearOf(parseIsoDate(today)).label.slice(0, 4));
  return Array.from({ length: count }, (_, i) => `${latest - i}-${String((latest - i + 1) % 100).padStart(2, "0")}`);
}
