export { getFamilyContact, saveFamilyContact, type FamilyContactView } from "./save-family-contact";
export { checkFamilyContact, isEmailShape, normalisePostcode, listChangedContactFields, CONTACT_FIELDS, MAX_ADDRESS_LINES, MAX_ADDRESS_LINE_LENGTH, MAX_EMAIL_LENGTH, type FamilyContactFields, type ContactField } from "./contact-rules";
