export { openDisagreement, type OpenDisagreementInput } from "./open-disagreement";
export { recordDisagreementMeeting } from "./record-disagreement-meeting";
export { recordDisagreementOutcome, type RecordDisagreementOutcomeInput } from "./record-disagreement-outcome";
export { getDisagreement, type DisagreementView } from "./get-disagreement";
export { getDisagreementOutcomeLetter, type DisagreementOutcomeLetterView } from "./get-disagreement-outcome-letter";
export { markOutcomeLetterSent } from "./mark-outcome-letter-sent";
