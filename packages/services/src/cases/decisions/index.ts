export { recordDecision, type RecordDecisionInput } from "./record-decision";
export { markFamilyTold } from "./mark-family-told";
export { markLetterSent } from "./mark-letter-sent";
export { getDecisionLetter, type DecisionLetterView } from "./get-decision-letter";
export type { PanelDecisionInput } from "./write-decision";
