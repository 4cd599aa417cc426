import type { ServiceContext } from "../shared/context";
import { NotFoundError } from "../shared/errors";
import { listBudgetMonitoring, type BudgetMonitoring } from "./monitoring-status";

/** The checks of the direct payments paid into an account (its child's active direct payment budgets). */
export async function listAccountMonitoring(ctx: ServiceContext, input: { accountId: string }): Promise<BudgetMonitoring[]> {
  const account = await ctx.db.selectFrom("dp_account").select("child_id").where("council_id", "=", ctx.councilId).where("id", "=", input.accountId).executeTakeFirst();
  if (!account) throw new NotFoundError("That account");
  return listBudgetMonitoring(ctx, { childId: account.child_id });
}
