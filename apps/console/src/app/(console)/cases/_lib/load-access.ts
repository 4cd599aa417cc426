import "server-only";
import { ACCESS, getPersonalDetailsAccess, hasAnyRole, rolesIn } from "@pb/auth";
import { getServerCaller } from "~/server/caller";

/** What the signed-in role may see and do on the case pages; the procedures check again. */
export async function getCaseAccess(): Promise<{ access: { names: boolean; dateOfBirth: boolean }; write: boolean }> {
  const me = await (await getServerCaller()).session.me();
  const roles = rolesIn(me.memberships, me.currentCouncilId);
  return { access: getPersonalDetailsAccess(roles), write: hasAnyRole(roles, ACCESS.caseWrite) };
}
