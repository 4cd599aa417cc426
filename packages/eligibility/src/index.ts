// Eligibility rules for SEND personal budgets: a council's policy as data, and a pure check of a
// request against it. Only loadPolicy touches files, and only when called (see load-policy.ts).

export {
  ARRANGEMENTS,
  Arrangement,
  CESSATION_REASONS,
  CessationReason,
  OUTCOMES,
  Outcome,
  PLAN_STATUSES,
  PLAN_TYPES,
  PlanStatus,
  PlanType,
  REASON_CODES,
  RECIPIENTS,
  REQUEST_STAGES,
  ReasonCode,
  Recipient,
  RequestStage,
  SERVICES,
  SERVICES_BY_STREAM,
  STREAMS,
  Service,
  ServiceCode,
  Stream,
  findBaseServiceStream,
} from "./codes";
export { DOCUMENT_IDS, DOCUMENT_TITLES, DocumentId, Source, formatSource } from "./source";
export { DURATION_UNITS, DurationUnit, PolicyTimeLimits, TimeLimit } from "./time-limits";
export { FREQUENCIES, Finance, Frequency } from "./finance";
export { AppliesTo, Requirements, ServiceRule, ShortBreaksLevel, ShortBreaksLevels, StreamPolicy } from "./stream-policy";
export type { RequirementKind } from "./stream-policy";
export { DirectPaymentsPolicy } from "./direct-payments";
export { AGREEMENT_TERMS, AGREEMENT_TERM_MAX_LENGTH, AGREEMENT_TERM_WORDS, AgreementPolicy, AgreementTerm } from "./agreement-terms";
export { findRequiredAgreementTerms, judgeAgreement } from "./check-agreement";
export type { AgreementFacts, AgreementJudgement, AgreementProblem, RequiredAgreementTerm } from "./check-agreement";
export { STATEMENT_TOPICS, Statement, Statements } from "./statements";
export type { StatementTopic } from "./statements";
export { Policy, PolicyId } from "./policy";
export { PolicyError } from "./policy-error";
export { CheckInput, buildCheckInputSchema } from "./check-input";
export { IsoDate } from "./iso-date";
export { findCompulsorySchoolAgeEnd, findLastFridayOfJune, isOverCompulsorySchoolAge } from "./compulsory-school-age";
export { assessRequest, checkRequest, decideOutcome } from "./check-request";
export type { Assessment, CheckResult, Reason } from "./check-request";
export type { Finding, FindingStatus } from "./findings";
export { PRESET_IDS, PresetHeader, adoptPresetPolicy, resolvePolicy, resolvePreset } from "./resolve-policy";
export { loadPolicy } from "./load-policy";
export type { ResolvedPolicy } from "./resolve-policy";
export type { PolicyProvenance, ProvenanceEntry } from "./provenance";
export { diffPolicies } from "./diff-policies";
export type { DiffOptions, PolicyDifference } from "./diff-policies";
export { formatIssues, formatPath } from "./format-issues";
export { AGE_BANDS, MAX_AGE, MIN_AGE, checkDateOfBirth, checkPlanTypeForAge, findAge, findBirthDateRange, getAgeBandBounds } from "./child-age";
export type { AgeBand } from "./child-age";
export { checkPlanDates } from "./plan-dates";
export { classifyExclusion, findStatutoryExclusion, findStatutoryLineExclusion } from "./exclusion-source";
export type { ExclusionSource, FailingFinding, StatutoryExclusion, StatutoryLine } from "./exclusion-source";
export { MAX_EXCEPTION_REASONS_LENGTH, judgeExceptions, listFailingReasons, listPendingReasons } from "./decision-exceptions";
export type { ExceptionInput, ExceptionIssue, FailingReason, RecordedException } from "./decision-exceptions";
export { JUDGEMENT_ANSWERS, JUDGEMENT_TOPICS, JUDGEMENT_WORDS, MAX_JUDGEMENT_NOTE_LENGTH, findJudgementIssues, listJudgementQuestions } from "./judgement-questions";
export type { JudgementAnswer, JudgementAnswerValue, JudgementIssue, JudgementLine, JudgementQuestion, JudgementTopic } from "./judgement-questions";
export { ARRANGEMENT_WORDS, FREQUENCY_WORDS, PLAN_WORDS, REASON_CODE_WORDS, RECIPIENT_WORDS, STAGE_WORDS, STATUS_WORDS, STREAM_WORDS, capitalise, humaniseCode, joinAlternatives } from "./wording";
export { PolicyContact, PolicyContacts } from "./contacts";
// Policy words: how staff and families read a policy's settings, codes and provenance.
export { listPolicyPresets, type PolicyPresetSummary } from "./words/list-policy-presets";
export { getPolicyVocabulary, type PolicyVocabulary, type Term } from "./words/policy-vocabulary";
export { describeSettingPath, describeSettingValue } from "./words/describe-setting";
export { describeVersionProvenance, summariseProvenance, type VersionProvenance, type SettingProvenance, type ProvenanceSummary } from "./words/describe-version-provenance";
