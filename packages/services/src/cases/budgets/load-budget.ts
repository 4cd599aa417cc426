import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";

/** One budget version with its child, or not found (another council's ids are not found either). */
export async function loadBudget(ctx: ServiceContext, budgetId: string) {
  const budget = await ctx.db
    .selectFrom("budget")
    .selectAll()
    .where("council_id", "=", ctx.councilId)
    .where("id", "=", budgetId)
    .executeTakeFirst();
  if (!budget) throw new NotFoundError("That budget");
  return budget;
}

export async function loadBudgetLines(ctx: ServiceContext, budgetId: string) {
  const lines = await ctx.db
    .selectFrom("budget_line")
    .selectAll()
    .where("council_id", "=", ctx.councilId)
    .where("budget_id", "=", budgetId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return lines.map((l) => ({ ...l, annual_amount_pence: Number(l.annual_amount_pence), linked_outcomes: Array.isArray(l.linked_outcomes) ? l.linked_outcomes.map(String) : [] }));
}
