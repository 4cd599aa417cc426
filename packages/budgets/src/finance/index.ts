export { FinanceFileError } from "./csv-error";
export { decodeUtf8Strict, findInvalidUtf8 } from "./utf8";
export { parseCsvRecords, parseCsvTable, findColumns, isFormulaLike, type CsvTable } from "./csv-parse";
export { parsePoundsToPence } from "./money-text";
export { computeAccountTotals, explainCannotReverse, EntryKind, ENTRY_KINDS, type LedgerEntry, type AccountTotals } from "./ledger";
export {
  planPaymentRun, summarisePaymentRun,
  type RunCandidate, type OutstandingRecovery, type PlannedItem, type RunException, type RunTotals, type RunTotalsRow, type PayabilityReason,
} from "./payment-run";
export {
  PaymentFileLayout, PaymentFileField, PAYMENT_FILE_FIELDS, DateFormat, DATE_FORMATS, renderPaymentFile, formatFileDate, formatFileAmount,
  isInLayout, DEFAULT_BANK_LAYOUT, DEFAULT_PREPAID_CARD_LAYOUT, type PaymentFileRow, type FileCell,
} from "./payment-file";
export { parseRemittance, parseUkOrIsoDate, REMITTANCE_COLUMNS, type RemittanceLine, type ExpectedPayment } from "./remittance";
export {
  returnPeriodOf, listReturnPeriods, computeReturnDue, classifyReturn, DEFAULT_RETURN_FREQUENCY, DEFAULT_RETURN_DUE,
  DEFAULT_REMINDERS_BEFORE_ESCALATION, type ReturnFrequency, type ReturnPeriod, type ReturnState,
} from "./return-periods";
export { StatementMapping, importStatement, type StatementSummary, type StatementTransaction } from "./statement-import";
export { sniffEvidenceType, checkEvidenceFile, cleanFileName, EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, type EvidenceType } from "./evidence";
export { flagUnderspend, type UnderspendFlag } from "./underspend-flag";
export {
  checkRecoveryDecision, maxRecoverablePence, outstandingRecoveryPence, MIN_REASON_LENGTH,
  type RecoveryProposal, type RecoveryKind, type RecoveryMethod, type FieldProblem,
} from "./recovery";
export { buildReconciliation, type Reconciliation, type ReconciliationRow, type ReconciliationInput } from "./reconciliation";
