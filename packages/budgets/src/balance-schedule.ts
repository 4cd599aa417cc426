import type { Schedule } from "./schedule-request";

/**
 * A schedule moved by `adjustmentPence` from its first instalment on. When a budget changes part way
 * through a period, the instalments already due were an even share of the whole line, not of the days
 * before the change: the difference is settled in the new version's first instalments, so the two
 * versions together pay each version's share of its days to the penny. A reduction never takes an
 * instalment below 0 (one brought to 0 is dropped); what it cannot take is `unabsorbedPence`, money
 * already paid for days the new version also pays for, which recovery decides case by case.
 */
export function balanceSchedule(schedule: Schedule, adjustmentPence: number): { schedule: Schedule; unabsorbedPence: number } {
  if (!Number.isSafeInteger(adjustmentPence)) throw new RangeError("adjustment must be a whole number of pence");
  const instalments = schedule.instalments.map((i) => ({ ...i }));
  const first = instalments[0];
  if (adjustmentPence >= 0) {
    if (!first) return { schedule, unabsorbedPence: adjustmentPence };
    first.amountPence += adjustmentPence;
    return { schedule: { totalPence: schedule.totalPence + adjustmentPence, instalments }, unabsorbedPence: 0 };
  }
  let owed = -adjustmentPence;
  for (const instalment of instalments) {
    const taken = Math.min(owed, instalment.amountPence);
    instalment.amountPence -= taken;
    owed -= taken;
    if (owed === 0) break;
  }
  const kept = instalments.filter((i) => i.amountPence > 0);
  const totalPence = kept.reduce((t, i) => t + i.amountPence, 0);
  return { schedule: { totalPence, instalments: kept }, unabsorbedPence: owed };
}
