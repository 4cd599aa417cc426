export { DEADLINE_KINDS, DEADLINE_KIND_DEFINITIONS, isDeadlineKind, type DeadlineKind } from "./deadline-kinds";
export { computeDeadline, computeDateAfter, TimeLimitNotSetError, type Deadline } from "./compute-deadline";
export { describeDuration } from "./describe-rule";
export { classifyDue, DUE_STATUS_WORDS, type DueStatus } from "./due-status";
export { findAnnualReviewDue, checkCessationNotice, type NoticeCheck } from "./lifecycle-dates";
export { describeTimeLimit, TIME_LIMIT_NOT_SET, type TimeLimitWords } from "./time-limit-words";
