export { recordCessation, CESSATION_REASONS, type CessationReason, type RecordCessationInput } from "./record-cessation";
export { markNoticeSent } from "./mark-notice-sent";
export { getCessationSetup } from "./get-cessation-setup";
export { getCessationNotice, type CessationNoticeView } from "./get-cessation-notice";
