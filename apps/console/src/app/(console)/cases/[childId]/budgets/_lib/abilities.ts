import "server-only";
import { ACCESS, hasAnyRole } from "@pb/auth";
import { getCurrentRoles } from "~/server/me";

export type LifecycleAbilities = { write: boolean; pay: boolean; reviewOutcome: boolean; monitor: boolean; financeCheck: boolean; letters: boolean; confirmConditions: boolean };

/** Which forms the budget pages show; the procedures behind them check the roles again. */
export async function getLifecycleAbilities(): Promise<LifecycleAbilities> {
  const roles = await getCurrentRoles();
  return {
    write: hasAnyRole(roles, ACCESS.caseWrite),
    pay: hasAnyRole(roles, ACCESS.finance),
    reviewOutcome: hasAnyRole(roles, ACCESS.reviewOutcome),
    monitor: hasAnyRole(roles, ACCESS.monitoringCheck),
    financeCheck: hasAnyRole(roles, ACCESS.financeCheck),
    letters: hasAnyRole(roles, ACCESS.letters),
    confirmConditions: hasAnyRole(roles, ACCESS.confirmCondition),
  };
}
