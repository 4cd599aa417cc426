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
export * from "./disclosure";
export { buildDecisionLetter, describeArrangement, describeCountedPeriod, type DecisionLetter, type LetterHeading, type DecisionLetterInput, type LetterDecisionInput, type LetterLine, type LetterSection, type LetterParagraph, type LetterTerm, type LetterOutcome } from "./decision-letter";
export { CHALLENGE_ROUTES, describeChallengeRoutes, describeCouncilReview, describeNoReviewRequestLimit, describeStatutoryRoutes, type ChallengeRoute, type ChallengeSection, type CouncilReviewInput } from "./letters/challenge-routes";
export { FAMILY_SALUTATION, type FamilyLetter, type FamilyLetterSection } from "./letters/family-letter";
export { buildCessationNotice, type CessationNoticeInput } from "./letters/cessation-notice";
export { buildRecoveryLetter, type RecoveryLetterInput } from "./letters/recovery-letter";
export { buildDisagreementOutcomeLetter, type DisagreementOutcomeInput, type OutcomeDecision, type ReviewOutcome } from "./letters/disagreement-outcome-letter";
export * from "./what-if";
export * from "./dashboards";
export * from "./returns";
export { describeDeliveryStatus, describeOutboxStatus, FINAL_DELIVERY_STATUSES, OUTBOX_STATUSES, type OutboxStatus } from "./letters/delivery-status";
export * from "./local-offer";
