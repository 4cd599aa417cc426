import { STREAM_LABELS, STREAMS, type SpendByStream, type Stream } from "../spend-by-stream";
import type { ExportRow, ExportTable } from "./export-table";

/** The spend dashboard's table, row for row: paid per month and stream, with the totals row. */
export function buildSpendByStreamTable(spend: SpendByStream): ExportTable {
  const columns = [
    { key: "month", label: "Month", kind: "month" as const },
    ...STREAMS.map((s) => ({ key: s, label: STREAM_LABELS[s], kind: "pence" as const })),
    { key: "totalPence", label: "Total", kind: "pence" as const },
  ];
  const toRow = (label: string, amounts: Record<Stream | "totalPence", number>): ExportRow => ({
    month: label,
    ...Object.fromEntries(STREAMS.map((s) => [s, amounts[s]])),
    totalPence: amounts.totalPence,
  });
  return {
    id: `spend-by-month-${spend.financialYear}`,
    title: `Paid per month by funding stream, ${spend.financialYear}`,
    sheetName: `Paid by month ${spend.financialYear}`,
    columns,
    rows: spend.months.map((m) => toRow(m.month, m)),
    totalRow: toRow("Total", spend.totals),
    rowSum: { parts: [...STREAMS], total: "totalPence" },
    note: "Personal budget payments with status paid, by the month they were paid.",
  };
}
