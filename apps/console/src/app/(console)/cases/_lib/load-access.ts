import "server-only";
import { ACCESS, getPersonalDetailsAccess, type Role } from "@pb/auth";
import { getServerCaller } from "~/server/caller";

/** What the signed-in role may see and do on the case pages; the procedures check again. */
export async function getCaseAccess(): Promise<{ access: { names: boolean; dateOfBirth: boolean }; write: boolean }> {
  const me = await (await getServerCaller()).session.me();
  const roles: readonly Role[] = me.memberships.find((m) => m.councilId === me.currentCouncilId)?.roles ?? [];
  return { access: getPersonalDetailsAccess(roles), write: roles.some((r) => (ACCESS.caseWrite as readonly Role[]).includes(r)) };
}
