export { DEADLINE_KINDS, DEADLINE_KIND_DEFINITIONS, isDeadlineKind, type DeadlineKind } from "./deadline-kinds";
export { computeDeadline, computeDateAfter, TimeLimitNotSetError, type Deadline } from "./compute-deadline";
export { describeDuration } from "./describe-rule";
export { classifyDue, DUE_STATUS_WORDS, type DueStatus } from "./due-status";
export { findAnnualReviewDue, checkCessationNotice, type NoticeCheck } from "./lifecycle-dates";
export { describeTimeLimit, TIME_LIMIT_NOT_SET, type TimeLimitWords } from "./time-limit-words";
export {
  MONITORING_CHECK_KINDS,
  MONITORING_CHECK_KIND_DEFINITIONS,
  MONITORING_CHECK_OUTCOMES,
  MONITORING_CHECK_OUTCOME_LABELS,
  describeCheckFrequency,
  findCheckFrequency,
  findNextCheckDue,
  isMonitoringCheckKind,
  type CheckDue,
  type MonitoringCheckKind,
  type MonitoringCheckOutcome,
} from "./monitoring-checks";
export { POLICY_REVIEW_NOTICE_MONTHS, findNextPolicyReview, findPolicyReviewCycleStart, findPolicyReviewQueuedFrom } from "./policy-review";
