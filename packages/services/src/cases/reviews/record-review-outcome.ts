import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { deadlineOrNull, requirePolicyOn } from "../../shared/policy-on";
import { updateAtVersion } from "../../shared/versioned-update";
import { loadBudget } from "../budgets/load-budget";
import { changeBudgetVersion, type BudgetChange } from "./change-budget-version";
import { loadReview } from "./load-review";

export type RecordReviewOutcomeInput = {
  reviewId: string;
  version: number;
  heldOn: string;
  outcome: "continue" | "change" | "cease";
  notes: string;
  change: BudgetChange | null;
};

/**
 * A review's outcome (T2, T3): continue; change (a new budget version, the old one kept); or cease
 * (the cessation is recorded next, with its reasons and notice). An annual review that continues
 * or changes sets the next one, a policy period after this one's date, so it keeps to the plan's cycle.
 */
export async function recordReviewOutcome(ctx: ServiceContext, input: RecordReviewOutcomeInput): Promise<{ version: number; newBudgetId: string | null; nextAnnualReviewDueOn: string | null }> {
  const review = await loadReview(ctx, input.reviewId);
  if (review.held_on) throw new ValidationError("reviewId", `this review's outcome was recorded on ${review.held_on}`);
  const budget = await loadBudget(ctx, review.budget_id);
  if (budget.status !== "active") throw new ValidationError("reviewId", `the budget it reviews is ${budget.status}`);
  if (input.heldOn > ctx.today) throw new ValidationError("heldOn", "cannot be in the future");
  // A review may fall before a later version starts: it belongs to the budget, whichever version is in force.
  const first = budget.request_id
    ? await ctx.db.selectFrom("budget").select((eb) => eb.fn.min("starts_on").as("startsOn")).where("council_id", "=", ctx.councilId).where("request_id", "=", budget.request_id).executeTakeFirst()
    : undefined;
  const startedOn = first?.startsOn ?? budget.starts_on;
  if (input.heldOn < startedOn) throw new ValidationError("heldOn", `cannot be before the budget started (${startedOn})`);
  if (input.outcome === "change" && !input.change) throw new ValidationError("change", "say what changes and from when");
  if (input.outcome !== "change" && input.change) throw new ValidationError("change", "is only for a change outcome");

  const updated = await updateAtVersion(ctx, "review", review.id, input.version, { held_on: input.heldOn, outcome: input.outcome, notes: [review.notes, input.notes.trim()].filter(Boolean).join("\n") }, "That review");
  let newBudgetId: string | null = null;
  if (input.outcome === "change" && input.change) {
    newBudgetId = (await changeBudgetVersion(ctx, budget.id, input.change, input.heldOn, review.id)).id;
    await ctx.db.updateTable("review").set({ new_budget_id: newBudgetId }).where("council_id", "=", ctx.councilId).where("id", "=", review.id).execute();
  }
  let nextAnnualReviewDueOn: string | null = null;
  if (review.kind === "annual_review" && input.outcome !== "cease") {
    const policy = await requirePolicyOn(ctx, review.due_on, "reviewId");
    nextAnnualReviewDueOn = deadlineOrNull(policy, "annual_review", review.due_on, "reviewId")?.due ?? null;
    if (nextAnnualReviewDueOn) {
      await ctx.db.insertInto("review").values({ council_id: ctx.councilId, child_id: review.child_id, budget_id: newBudgetId ?? budget.id, kind: "annual_review", due_on: nextAnnualReviewDueOn }).execute();
    }
  }
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "review.record_outcome", entity: "review", entityId: review.id, childId: review.child_id,
    before: { heldOn: null, outcome: null, version: input.version },
    after: { heldOn: input.heldOn, outcome: input.outcome, newBudgetId, nextAnnualReviewDueOn, version: updated.version },
  });
  return { version: Number(updated.version), newBudgetId, nextAnnualReviewDueOn };
}
