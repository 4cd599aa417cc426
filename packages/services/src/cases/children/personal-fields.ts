import type { PersonalDetailsAccess } from "./child-types";

/** Keys that hold who someone is: never written to the audit log, and hidden from roles that see references only. */
const PERSONAL_KEYS = new Set(["givenName", "familyName", "given_name", "family_name", "name", "dateOfBirth", "date_of_birth", "recipientName", "recipient_name", "signedBy", "signed_by"]);
const DATE_KEYS = new Set(["dateOfBirth", "date_of_birth"]);

/**
 * A copy of an audit value with what the caller may not see replaced by "hidden". Old rows and
 * other verbs' rows may hold such keys, so the history hides them on the way out as well.
 */
export function hidePersonalDetails(value: unknown, access: PersonalDetailsAccess): unknown {
  if (Array.isArray(value)) return value.map((v) => hidePersonalDetails(v, access));
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const hidden = DATE_KEYS.has(key) ? !access.dateOfBirth : PERSONAL_KEYS.has(key) ? !access.names : false;
    out[key] = hidden ? "hidden" : hidePersonalDetails(inner, access);
  }
  return out;
}
