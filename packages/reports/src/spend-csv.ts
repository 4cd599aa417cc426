import { buildSpendByStreamTable } from "./exports/dashboard-tables";
import { exportTableCsv } from "./exports/table-csv";
import type { SpendByStream } from "./spend-by-stream";

/** The CSV behind the spend dashboard: the same table as the spend export, one row a month, written by the one CSV writer. */
export function spendByStreamCsv(spend: SpendByStream): string {
  return exportTableCsv(buildSpendByStreamTable(spend));
}
