import { IsoDate } from "@pb/calendar";
import type { Instalment, Schedule } from "./schedule-request";

/**
 * Cessation: instalments dated after the last payment date are cancelled; the rest are kept
 * unchanged and the schedule's total becomes what is still paid. Recovery of money already
 * paid is a separate finance step, not done here.
 */
export function cancelAfter(
  schedule: Schedule,
  lastPaymentDateInput: string,
): { schedule: Schedule; cancelled: Instalment[]; cancelledPence: number } {
  const lastPaymentDate = IsoDate.parse(lastPaymentDateInput);
  const kept = schedule.instalments.filter((instalment) => instalment.date <= lastPaymentDate);
  const cancelled = schedule.instalments.filter((instalment) => instalment.date > lastPaymentDate);
  const sum = (items: Instalment[]) => items.reduce((total, item) => total + item.amountPence, 0);
  return { schedule: { totalPence: sum(kept), instalments: kept }, cancelled, cancelledPence: sum(cancelled) };
}
