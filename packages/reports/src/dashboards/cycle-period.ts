import { formatMonthSpanEnGb } from "@pb/calendar";
import { MAX_DASHBOARD_MONTHS, shiftMonth, type DashboardPeriod } from "./period";

/**
 * The policy review dashboard's period when none is chosen: whole months from the current review
 * cycle's first day to today, however many financial years that spans (at most the longest range a
 * dashboard draws, the latest months kept).
 */
export function buildCyclePeriod(cycleStart: string, today: string): { period: DashboardPeriod & { kind: "custom" }; label: string } {
  const toMonth = today.slice(0, 7);
  const earliest = shiftMonth(toMonth, -(MAX_DASHBOARD_MONTHS - 1));
  const start = cycleStart.slice(0, 7);
  const fromMonth = start < earliest ? earliest : start > toMonth ? toMonth : start;
  return { period: { kind: "custom", fromMonth, toMonth }, label: `the current policy review cycle, ${formatMonthSpanEnGb(fromMonth, toMonth)}` };
}
