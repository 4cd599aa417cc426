export type PayabilityReason = { code: string; message: string };

/** An instalment a run could pay: one scheduled payment row, with the verdict of the payability rule. */
export type RunCandidate = {
  paymentId: string;
  /** The direct payment account the money goes into; null for organised and third-party payments. */
  accountId: string | null;
  stream: string;
  arrangement: string;
  dueOn: string;
  amountPence: number;
  payable: boolean;
  reasons: readonly PayabilityReason[];
};

/** What is still to be taken back under a recorded recovery decision, from future payments. */
export type OutstandingRecovery = { decisionId: string; accountId: string; outstandingPence: number; decidedOn: string };

export type PlannedItem = {
  paymentId: string;
  accountId: string | null;
  stream: string;
  arrangement: string;
  dueOn: string;
  grossPence: number;
  deductionPence: number;
  netPence: number;
  recoveryDecisionId: string | null;
};
export type RunException = { paymentId: string; stream: string; arrangement: string; dueOn: string; amountPence: number; reasons: PayabilityReason[] };

const byDueThenId = (a: { dueOn: string; paymentId: string }, b: { dueOn: string; paymentId: string }) =>
  a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.paymentId < b.paymentId ? -1 : a.paymentId > b.paymentId ? 1 : 0;

/**
 * Splits candidates into items to pay and exceptions (with why), and takes recoveries off the
 * account's payments: oldest decision first, earliest payment first, never more than a payment's
 * own amount, one decision per payment. The rest of a recovery waits for later payments.
 */
export function planPaymentRun(candidates: readonly RunCandidate[], recoveries: readonly OutstandingRecovery[]): { items: PlannedItem[]; exceptions: RunException[] } {
  const items: PlannedItem[] = [];
  const exceptions: RunException[] = [];
  const left = new Map<string, { decisionId: string; outstandingPence: number }[]>();
  const ordered = [...recoveries].sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.decisionId < b.decisionId ? -1 : 1));
  for (const r of ordered) {
    if (!Number.isSafeInteger(r.outstandingPence) || r.outstandingPence < 0) throw new RangeError(`recovery ${r.decisionId}: outstanding must be whole pence, 0 or more`);
    if (r.outstandingPence > 0) (left.get(r.accountId) ?? left.set(r.accountId, []).get(r.accountId))?.push({ decisionId: r.decisionId, outstandingPence: r.outstandingPence });
  }
  for (const c of [...candidates].sort(byDueThenId)) {
    if (!Number.isSafeInteger(c.amountPence) || c.amountPence < 0) throw new RangeError(`payment ${c.paymentId}: amount must be whole pence, 0 or more`);
    if (!c.payable) {
      exceptions.push({ paymentId: c.paymentId, stream: c.stream, arrangement: c.arrangement, dueOn: c.dueOn, amountPence: c.amountPence, reasons: [...c.reasons] });
      continue;
    }
    const queue = c.accountId ? left.get(c.accountId) : undefined;
    const recovery = queue?.find((r) => r.outstandingPence > 0);
    const deduction = recovery ? Math.min(recovery.outstandingPence, c.amountPence) : 0;
    if (recovery) recovery.outstandingPence -= deduction;
    items.push({
      paymentId: c.paymentId, accountId: c.accountId, stream: c.stream, arrangement: c.arrangement, dueOn: c.dueOn,
      grossPence: c.amountPence, deductionPence: deduction, netPence: c.amountPence - deduction,
      recoveryDecisionId: recovery && deduction > 0 ? recovery.decisionId : null,
    });
  }
  return { items, exceptions };
}

export type RunTotalsRow = { stream: string; arrangement: string; count: number; grossPence: number; deductionPence: number; netPence: number };
export type RunTotals = { rows: RunTotalsRow[]; count: number; grossPence: number; deductionPence: number; netPence: number };

/** Totals by stream and arrangement, and the control total (the net sum the file must add up to). */
export function summarisePaymentRun(items: readonly Pick<PlannedItem, "stream" | "arrangement" | "grossPence" | "deductionPence" | "netPence">[]): RunTotals {
  const rows = new Map<string, RunTotalsRow>();
  for (const item of items) {
    const key = `${item.stream}\u0000${item.arrangement}`;
    const row = rows.get(key) ?? { stream: item.stream, arrangement: item.arrangement, count: 0, grossPence: 0, deductionPence: 0, netPence: 0 };
    row.count++;
    row.grossPence += item.grossPence;
    row.deductionPence += item.deductionPence;
    row.netPence += item.netPence;
    rows.set(key, row);
  }
  const sorted = [...rows.values()].sort((a, b) => (a.stream + a.arrangement).localeCompare(b.stream + b.arrangement));
  return {
    rows: sorted,
    count: items.length,
    grossPence: sorted.reduce((s, r) => s + r.grossPence, 0),
    deductionPence: sorted.reduce((s, r) => s + r.deductionPence, 0),
    netPence: sorted.reduce((s, r) => s + r.netPence, 0),
  };
}
