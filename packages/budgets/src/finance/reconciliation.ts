export type ReconciliationInput = {
  month: string;
  stream: string;
  scheduledPence: number;
  paidPence: number;
  /** Paid into families' direct payment accounts (by the day the account was credited). */
  paidInPence: number;
  reversedPence: number;
  spentPence: number;
  recoveredPence: number;
};

export type ReconciliationRow = ReconciliationInput & {
  /** Scheduled for the month but not (yet) paid in it: failed, late or still to run. */
  notPaidPence: number;
  /** Paid, less payments reversed. */
  netPaidPence: number;
  /**
   * What is left in families' accounts from the month: paid in, less reversed, spending reported and
   * recovered. Only direct payments reach an account, so money the council spends itself is not in it.
   */
  unspentPence: number;
};

export type Reconciliation = { rows: ReconciliationRow[]; totals: Omit<ReconciliationRow, "month" | "stream"> };

const FIGURES = ["scheduledPence", "paidPence", "paidInPence", "reversedPence", "spentPence", "recoveredPence", "notPaidPence", "netPaidPence", "unspentPence"] as const;

/**
 * Per stream and month: scheduled (by due date), paid (by paid date: the dashboards' spend figure),
 * reversed, reported spending and recovered, with the differences. Rows arrive from several queries;
 * the same month and stream are merged.
 */
export function buildReconciliation(inputs: readonly Partial<ReconciliationInput>[]): Reconciliation {
  const merged = new Map<string, ReconciliationInput>();
  for (const input of inputs) {
    if (!input.month || !input.stream) continue;
    const key = `${input.month}|${input.stream}`;
    const row = merged.get(key) ?? { month: input.month, stream: input.stream, scheduledPence: 0, paidPence: 0, paidInPence: 0, reversedPence: 0, spentPence: 0, recoveredPence: 0 };
    row.scheduledPence += input.scheduledPence ?? 0;
    row.paidPence += input.paidPence ?? 0;
    row.paidInPence += input.paidInPence ?? 0;
    row.reversedPence += input.reversedPence ?? 0;
    row.spentPence += input.spentPence ?? 0;
    row.recoveredPence += input.recoveredPence ?? 0;
    merged.set(key, row);
  }
  const rows = [...merged.values()]
    .sort((a, b) => (a.month === b.month ? a.stream.localeCompare(b.stream) : a.month < b.month ? -1 : 1))
    .map((r) => {
      const netPaidPence = r.paidPence - r.reversedPence;
      return { ...r, notPaidPence: r.scheduledPence - r.paidPence, netPaidPence, unspentPence: r.paidInPence - r.reversedPence - r.spentPence - r.recoveredPence };
    });
  const totals = Object.fromEntries(FIGURES.map((f) => [f, rows.reduce((s, r) => s + r[f], 0)])) as Reconciliation["totals"];
  return { rows, totals };
}
