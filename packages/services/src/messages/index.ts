export { queueCessationNotice, queueDisagreementOutcome, queueRecoveryDecision, loadMessageParties } from "./family-messages";
export { enqueueDueReminders, enqueueCouncilReminders, type ReminderRun } from "./enqueue-due-reminders";
export { isReviewReminderDue, isReturnReminderDue, REVIEW_REMINDER_LEAD_DAYS, RETURN_REMINDER_CATCH_UP_DAYS } from "./reminder-rules";
export { listNotifyTemplates, saveNotifyTemplate, type NotifyTemplateRow } from "./notify-templates";
