import { penceToPoundsText, toCsv } from "./csv";
import { STREAM_LABELS, STREAMS, type SpendByStream } from "./spend-by-stream";

/** The CSV behind the spend dashboard: the same figures, in pounds with pence, one row a month. */
export function spendByStreamCsv(spend: SpendByStream): string {
  const header = ["Month", ...STREAMS.map((s) => `${STREAM_LABELS[s]} (GBP)`), "Total (GBP)"];
  const rows = spend.months.map((m) => [m.month, ...STREAMS.map((s) => penceToPoundsText(m[s])), penceToPoundsText(m.totalPence)]);
  rows.push(["Total", ...STREAMS.map((s) => penceToPoundsText(spend.totals[s])), penceToPoundsText(spend.totals.totalPence)]);
  return toCsv(header, rows);
}
