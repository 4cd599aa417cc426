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
export * from "./exports";
export { buildDecisionLetter, describeArrangement, describeCountedPeriod, type DecisionLetter, type DecisionLetterInput, type LetterDecisionInput, type LetterLine, type LetterSection, type LetterParagraph, type LetterTerm, type LetterOutcome } from "./decision-letter";
export * from "./what-if";
export * from "./dashboards";
