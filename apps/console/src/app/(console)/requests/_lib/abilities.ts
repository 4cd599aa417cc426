import "server-only";
import { ACCESS, hasAnyRole, rolesIn } from "@pb/auth";
import { getServerCaller } from "~/server/caller";

export type Abilities = { write: boolean; decide: boolean; letters: boolean };

/** Which forms to show; the procedures behind them check the roles again. */
export async function getAbilities(): Promise<Abilities> {
  const me = await (await getServerCaller()).session.me();
  const roles = rolesIn(me.memberships, me.currentCouncilId);
  const write = hasAnyRole(roles, ACCESS.caseWrite);
  const decide = hasAnyRole(roles, ACCESS.panel);
  return { write, decide, letters: write || decide };
}
