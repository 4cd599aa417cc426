export { toCsv, formatCsvRow, formatCsvCell, neutraliseFormula, penceToPoundsText, type CsvCell } from "./csv";
export {
  buildSpendByStream,
  STREAMS,
  STREAM_LABELS,
  type SpendByStream,
  type MonthlySpendRow,
  type Stream,
} from "./spend-by-stream";
export { spendByStreamCsv } from "./spend-csv";
