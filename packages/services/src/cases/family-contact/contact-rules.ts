// How a family is reached (issue 21): the shapes GOV.UK Notify accepts, checked once here so a
// message is never queued to an address Notify would refuse. Messages never repeat what was typed:
// a refusal names the field, and the value stays out of every answer, log and audit row.

/** Notify's letters take 7 address lines with the postcode last; the addressee is the first. */
export const MAX_ADDRESS_LINES = 5;
export const MAX_ADDRESS_LINE_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 320;
const MAX_EMAIL_LOCAL_LENGTH = 64;
const MAX_DOMAIN_LABEL_LENGTH = 63;

export type FamilyContactFields = {
  /** Who letters are addressed to ("Mr and Mrs Okafor"): a line of the address, so personal data too. */
  addressee: string | null;
  email: string | null;
  addressLines: string[];
  postcode: string | null;
};

/** The fields a change names in the audit log: by name only, never their values. */
export const CONTACT_FIELDS = ["addressee", "email", "addressLines", "postcode"] as const satisfies readonly (keyof FamilyContactFields)[];
export type ContactField = (typeof CONTACT_FIELDS)[number];

export type ContactIssue = { field: string; message: string };

// Notify's own test of an address (notifications-utils `validate_email_address`), so what passes here
// passes there: a local part of the allowed characters, no "..", and a domain of hostname labels
// ending in a letters-only (or punycode) top-level domain.
const LOCAL_PART = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const DOMAIN_LABEL = /^(xn|[a-z0-9]+)(-?-[a-z0-9]+)*$/i;
const TOP_LEVEL_DOMAIN = /^([a-z]{2,63}|xn--([a-z0-9]+-)*[a-z0-9]+)$/i;

/** Whether an email (already trimmed) has the shape Notify sends to. */
export function isEmailShape(email: string): boolean {
  if (email.length > MAX_EMAIL_LENGTH || /\s/.test(email)) return false;
  const at = email.lastIndexOf("@");
  if (at <= 0 || at === email.length - 1) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > MAX_EMAIL_LOCAL_LENGTH || !LOCAL_PART.test(local) || email.includes("..")) return false;
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  if (!labels.every((l) => l.length > 0 && l.length <= MAX_DOMAIN_LABEL_LENGTH && DOMAIN_LABEL.test(l))) return false;
  return TOP_LEVEL_DOMAIN.test(labels[labels.length - 1] ?? "");
}

// A UK postcode's shape (BS 7666): outward code A9, A99, AA9, AA99, A9A or AA9A, then inward 9AA;
// and GIR 0AA. The shape only: whether the postcode exists is Royal Mail's to say.
const POSTCODE = /^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2})$/;

/** A UK postcode as Royal Mail writes it ("SW1A 1AA"), or null when it has not a postcode's shape. */
export function normalisePostcode(postcode: string): string | null {
  const compact = postcode.replace(/\s+/g, "").toUpperCase();
  if (!POSTCODE.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

/**
 * The details as they are kept: trimmed, empty lines dropped, the email lower-cased in its domain
 * only (a local part may be case-sensitive) and the postcode in Royal Mail's form; or the problems.
 * A postal address is whole or absent: an address line without a postcode (or the reverse) cannot
 * be posted to, and neither can an addressee with no address.
 */
export function checkFamilyContact(input: FamilyContactFields): { ok: true; value: FamilyContactFields } | { ok: false; issues: ContactIssue[] } {
  const issues: ContactIssue[] = [];
  const addressee = blankToNull(input.addressee);
  const rawEmail = blankToNull(input.email);
  const addressLines = input.addressLines.map((l) => l.trim()).filter((l) => l !== "");
  const rawPostcode = blankToNull(input.postcode);

  let email: string | null = null;
  if (rawEmail !== null) {
    if (!isEmailShape(rawEmail)) issues.push({ field: "email", message: "must be an email address in the form name@example.com" });
    else {
      const at = rawEmail.lastIndexOf("@");
      email = `${rawEmail.slice(0, at)}@${rawEmail.slice(at + 1).toLowerCase()}`;
    }
  }
  if (addressee !== null && addressee.length > MAX_ADDRESS_LINE_LENGTH) issues.push({ field: "addressee", message: `must be at most ${MAX_ADDRESS_LINE_LENGTH} characters` });
  if (addressLines.length > MAX_ADDRESS_LINES) issues.push({ field: "addressLines", message: `must be at most ${MAX_ADDRESS_LINES} lines besides the postcode` });
  const long = addressLines.findIndex((l) => l.length > MAX_ADDRESS_LINE_LENGTH);
  if (long >= 0) issues.push({ field: "addressLines", message: `line ${long + 1} must be at most ${MAX_ADDRESS_LINE_LENGTH} characters` });

  let postcode: string | null = null;
  if (rawPostcode !== null) {
    postcode = normalisePostcode(rawPostcode);
    if (postcode === null) issues.push({ field: "postcode", message: "must be a UK postcode, such as SW1A 1AA" });
  }
  if (addressLines.length > 0 && rawPostcode === null) issues.push({ field: "postcode", message: "is required with an address: letters are posted to a whole address" });
  if (rawPostcode !== null && addressLines.length === 0) issues.push({ field: "addressLines", message: "are required with a postcode: give at least the first line of the address" });
  if (addressee !== null && addressLines.length === 0 && rawPostcode === null) issues.push({ field: "addressLines", message: "are required with an addressee: give the address letters go to" });

  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { addressee, email, addressLines, postcode } };
}

/** Which fields differ between what was kept and what is kept now: the audit row's whole content. */
export function listChangedContactFields(before: FamilyContactFields, after: FamilyContactFields): ContactField[] {
  return CONTACT_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
