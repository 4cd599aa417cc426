export { openDisagreement, type OpenDisagreementInput } from "./open-disagreement";
export { recordDisagreementMeeting } from "./record-disagreement-meeting";
export { recordDisagreementOutcome, type RecordDisagreementOutcomeInput } from "./record-disagreement-outcome";
export { getDisagreement, type DisagreementView } from "./get-disagreement";
