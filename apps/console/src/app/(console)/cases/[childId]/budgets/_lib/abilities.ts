import "server-only";
import { ACCESS, type Role } from "@pb/auth";
import { getServerCaller } from "~/server/caller";

export type LifecycleAbilities = { write: boolean; pay: boolean };

/** Which forms the budget pages show; the procedures behind them check the roles again. */
export async function getLifecycleAbilities(): Promise<LifecycleAbilities> {
  const me = await (await getServerCaller()).session.me();
  const roles: readonly Role[] = me.memberships.find((m) => m.councilId === me.currentCouncilId)?.roles ?? [];
  const has = (allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));
  return { write: has(ACCESS.caseWrite), pay: has(ACCESS.finance) };
}
