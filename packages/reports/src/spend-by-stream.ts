import { monthsOfFinancialYear } from "@pb/calendar";
import { STREAMS, type Stream } from "@pb/eligibility";

export { STREAMS, type Stream };

export const STREAM_LABELS: Record<Stream, string> = {
  education: "Education",
  health: "Health",
  social_care: "Social care",
  transport: "Transport",
};

export type MonthlySpendInput = { month: string; stream: string; amountPence: number };
export type MonthlySpendRow = { month: string } & Record<Stream, number> & { totalPence: number };
export type SpendByStream = {
  financialYear: string;
  months: MonthlySpendRow[];
  totals: Record<Stream, number> & { totalPence: number };
};


/**
 * Lays database sums out as one row per month of the year with a column per stream, filling
 * months and streams with no payments with zero, so the chart, the table and the CSV agree.
 */
export function buildSpendByStream(financialYear: string, rows: readonly MonthlySpendInput[]): SpendByStream {
  const zero = (): Record<Stream, number> => ({ education: 0, health: 0, social_care: 0, transport: 0 });
  const byMonth = new Map(monthsOfFinancialYear(financialYear).map((m) => [m.month, zero()]));
  for (const row of rows) {
    const month = byMonth.get(row.month);
    if (!month) throw new RangeError(`month ${row.month} is outside financial year ${financialYear}`);
    if (!(STREAMS as readonly string[]).includes(row.stream)) throw new RangeError(`unknown stream ${row.stream}`);
    month[row.stream as Stream] += row.amountPence;
  }
  const totals = { ...zero(), totalPence: 0 };
  const months = [...byMonth].map(([month, streams]) => {
    const totalPence = STREAMS.reduce((sum, s) => sum + streams[s], 0);
    for (const s of STREAMS) totals[s] += streams[s];
    totals.totalPence += totalPence;
    return { month, ...streams, totalPence };
  });
  return { financialYear, months, totals };
}
