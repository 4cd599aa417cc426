import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { loadBudget } from "../budgets/load-budget";

/** An earlier review (T3: "or earlier if the plan is reviewed"), on a date the case officer sets. */
export async function scheduleEarlyReview(ctx: ServiceContext, input: { budgetId: string; dueOn: string; notes: string }): Promise<{ id: string }> {
  const budget = await loadBudget(ctx, input.budgetId);
  if (budget.status !== "active") throw new ValidationError("budgetId", `this budget is ${budget.status}`);
  if (input.dueOn < budget.starts_on) throw new ValidationError("dueOn", `cannot be before the budget started (${budget.starts_on})`);
  const notes = input.notes.trim();
  if (!notes) throw new ValidationError("notes", "say why the review is earlier");
  const row = await ctx.db
    .insertInto("review")
    .values({ council_id: ctx.councilId, child_id: budget.child_id, budget_id: budget.id, kind: "early_review", due_on: input.dueOn, notes })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "review.schedule_early", entity: "review", entityId: row.id, childId: budget.child_id, after: { budgetId: budget.id, dueOn: input.dueOn } });
  return { id: row.id };
}
