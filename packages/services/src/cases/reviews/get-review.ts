import type { ServiceContext } from "../../shared/context";
import { getPolicyInForce } from "../../policy/policy-in-force";
import { describeLifecycleLimits } from "../budgets/describe-time-limits";
import { loadBudget, loadBudgetLines } from "../budgets/load-budget";
import { loadReview } from "./load-review";

/** A review with the budget version it reviews, for recording its outcome. */
export async function getReview(ctx: ServiceContext, input: { reviewId: string }) {
  const review = await loadReview(ctx, input.reviewId);
  const budget = await loadBudget(ctx, review.budget_id);
  const child = await ctx.db.selectFrom("child").select("reference").where("council_id", "=", ctx.councilId).where("id", "=", review.child_id).executeTakeFirstOrThrow();
  const lines = await loadBudgetLines(ctx, budget.id);
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, review.due_on);
  return {
    id: review.id, kind: review.kind, dueOn: review.due_on, heldOn: review.held_on, outcome: review.outcome, notes: review.notes, version: review.version,
    newBudgetId: review.new_budget_id, childId: review.child_id, childReference: child.reference,
    budget: { id: budget.id, status: budget.status, budgetVersion: budget.budget_version, startsOn: budget.starts_on, endsOn: budget.ends_on },
    lines: lines.map((l) => ({ id: l.id, stream: l.stream, service: l.service, arrangement: l.arrangement, annualAmountPence: l.annual_amount_pence, frequency: l.frequency, startsOn: l.starts_on, endsOn: l.ends_on })),
    policy: describeLifecycleLimits(policy),
  };
}
