import "server-only";
import { ACCESS, hasAnyRole, rolesIn } from "@pb/auth";
import { getServerCaller } from "~/server/caller";

export type LifecycleAbilities = { write: boolean; pay: boolean };

/** Which forms the budget pages show; the procedures behind them check the roles again. */
export async function getLifecycleAbilities(): Promise<LifecycleAbilities> {
  const me = await (await getServerCaller()).session.me();
  const roles = rolesIn(me.memberships, me.currentCouncilId);
  return { write: hasAnyRole(roles, ACCESS.caseWrite), pay: hasAnyRole(roles, ACCESS.finance) };
}
