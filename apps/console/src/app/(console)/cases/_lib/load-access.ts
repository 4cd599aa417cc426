import "server-only";
import { ACCESS, getPersonalDetailsAccess, hasAnyRole } from "@pb/auth";
import { getCurrentRoles } from "~/server/me";

/** What the signed-in role may see and do on the case pages; the procedures check again. */
export async function getCaseAccess(): Promise<{ access: { names: boolean; dateOfBirth: boolean }; write: boolean; familyContact: boolean }> {
  const roles = await getCurrentRoles();
  return { access: getPersonalDetailsAccess(roles), write: hasAnyRole(roles, ACCESS.caseWrite), familyContact: hasAnyRole(roles, ACCESS.familyContact) };
}
