export { toCsv, formatCsvRow, formatCsvCell, neutraliseFormula, penceToPoundsText, type CsvCell } from "./csv";
export {
  buildSpendByStream,
  monthsOfFinancialYear,
  STREAMS,
  STREAM_LABELS,
  type SpendByStream,
  type MonthlySpendRow,
  type Stream,
} from "./spend-by-stream";
export { spendByStreamCsv } from "./spend-csv";
export { formatMonthLabel, formatMonthShort } from "./format";
