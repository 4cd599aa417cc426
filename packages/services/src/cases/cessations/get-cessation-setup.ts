import type { ServiceContext } from "../../shared/context";
import { getPolicyInForce } from "../../policy/policy-in-force";
import { describeLifecycleLimits } from "../budgets/describe-time-limits";
import { loadBudget } from "../budgets/load-budget";
import { CESSATION_REASONS } from "./record-cessation";

/** What the cessation form needs: the budget, its last paid instalment, the latest annual review meeting and the notice rule. */
export async function getCessationSetup(ctx: ServiceContext, input: { budgetId: string }) {
  const budget = await loadBudget(ctx, input.budgetId);
  const child = await ctx.db.selectFrom("child").select("reference").where("council_id", "=", ctx.councilId).where("id", "=", budget.child_id).executeTakeFirstOrThrow();
  const lastPaid = await ctx.db
    .selectFrom("payment as p")
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .select("p.due_on")
    .where("p.council_id", "=", ctx.councilId)
    .where("l.budget_id", "=", budget.id)
    .where("p.status", "=", "paid")
    .orderBy("p.due_on", "desc")
    .limit(1)
    .executeTakeFirst();
  const meeting = await ctx.db
    .selectFrom("review")
    .select(["held_on", "outcome"])
    .where("council_id", "=", ctx.councilId)
    .where("budget_id", "=", budget.id)
    .where("kind", "=", "annual_review")
    .where("held_on", "is not", null)
    .orderBy("held_on", "desc")
    .limit(1)
    .executeTakeFirst();
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, ctx.today);
  return {
    budgetId: budget.id, budgetVersion: budget.version, status: budget.status, childId: budget.child_id, childReference: child.reference,
    startsOn: budget.starts_on, endsOn: budget.ends_on, lastPaidDueOn: lastPaid?.due_on ?? null, annualReviewMeetingOn: meeting?.held_on ?? null,
    reasons: [...CESSATION_REASONS], policy: describeLifecycleLimits(policy),
  };
}
