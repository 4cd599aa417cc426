import "server-only";
import { ACCESS, hasAnyRole } from "@pb/auth";
import { getCurrentRoles } from "~/server/me";

export type Abilities = { write: boolean; decide: boolean; letters: boolean; setRulesAside: boolean; confirmConditions: boolean };

/** Which forms to show; the procedures behind them check the roles again. */
export async function getAbilities(): Promise<Abilities> {
  const roles = await getCurrentRoles();
  const write = hasAnyRole(roles, ACCESS.caseWrite);
  const decide = hasAnyRole(roles, ACCESS.panel);
  return { write, decide, letters: hasAnyRole(roles, ACCESS.letters), setRulesAside: hasAnyRole(roles, ACCESS.setRulesAside), confirmConditions: hasAnyRole(roles, ACCESS.confirmCondition) };
}
