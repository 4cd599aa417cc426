export { MAX_PENCE, NonNegativePence, Pence, SignedPence, assertPence } from "./money";
export { Frequency, ScheduleRequest, type ScheduleRequestInput, type Instalment, type Schedule } from "./schedule-request";
export { computePeriodTotalPence } from "./period-total";
export { splitPenceEvenly } from "./split-pence";
export { listInstalmentDates } from "./instalment-dates";
export { generateSchedule, computeScheduleTotalPence } from "./generate-schedule";
export { splitLineAtChange, type ScheduledLine } from "./split-line";
export { cancelAfter } from "./cancel-after";
export { judgePayability, type PayabilityFacts } from "./payability";
export {
  CONDITION_STATUSES,
  CONFIRMATION_RESULTS,
  MAX_CONDITION_TEXT,
  MAX_CONFIRMER_LENGTH,
  describeCondition,
  describeUnconfirmedConditions,
  findLineConditions,
  findConfirmationIssues,
  findUnmetConditionsBlockingApproval,
  type ConditionStatus,
  type ConfirmationResult,
  type ConditionConfirmation,
  type ConditionIssue,
} from "./conditions";
export { planBudgetChange, type VersionLine, type CarriedLine, type BudgetChangeIssue } from "./budget-change";
export { underspendThresholdPence, isUnderspent } from "./underspend";
export * from "./finance";
export {
  DECISION_OUTCOMES,
  DECISION_ARRANGEMENTS,
  DISAGREEMENT_OUTCOMES,
  MAX_REASON_LENGTH,
  describeOutcomeNeeds,
  findDecisionIssues,
  settleDecisionTerms,
  deriveRequestStatus,
  isReviewRequestLate,
  findDisagreementOutcomeIssues,
  type DecisionOutcome,
  type DecisionArrangement,
  type DisagreementOutcome,
  type CheckOutcome,
  type RequestStatus,
  type RequestedLine,
  type ProposedDecision,
  type DecisionReasonInput,
  type DecisionIssue,
  type DisagreementIssue,
} from "./decisions";
