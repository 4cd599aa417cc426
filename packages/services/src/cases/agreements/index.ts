export { recordAgreement, type RecordAgreementInput } from "./record-agreement";
