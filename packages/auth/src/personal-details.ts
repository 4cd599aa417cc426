import type { Role } from "./roles";

/** What of a child's identity a caller may see: names, and the date of birth. */
export type PersonalDetailsAccess = { names: boolean; dateOfBirth: boolean };

const NAMES: readonly Role[] = ["case_officer", "panel_member", "admin", "finance_officer"];
const DATE_OF_BIRTH: readonly Role[] = ["case_officer", "panel_member", "admin"];

/**
 * The one rule for who sees who a child is. Case officers, panel members and admins work with
 * the family and see names and dates of birth; finance officers pay people, so see names only;
 * managers and commissioners work with figures and see references only.
 */
export function getPersonalDetailsAccess(roles: readonly Role[]): PersonalDetailsAccess {
  return { names: roles.some((r) => NAMES.includes(r)), dateOfBirth: roles.some((r) => DATE_OF_BIRTH.includes(r)) };
}
