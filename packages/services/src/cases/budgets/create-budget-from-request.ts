import type { Frequency } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import { findAnnualReviewDue } from "@pb/reviews";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { requirePolicyOn } from "../../shared/policy-on";
import { loadApprovedLines } from "./load-approved-lines";
import { writeBudgetLines, type NewBudgetLine } from "./write-budget-lines";

export type CreateBudgetInput = {
  requestId: string;
  startsOn: string;
  endsOn: string;
  lines: { requestLineId: string; frequency: Frequency; linkedOutcomes: string[] }[];
};

/**
 * A budget from a request's approved lines, at the amount and arrangement the panel decided: the
 * budget, its lines and every instalment, and the annual review the plan's date sets, in one
 * transaction, audited. A direct payment line is not paid until its agreement is recorded (T1).
 */
export async function createBudgetFromRequest(ctx: ServiceContext, input: CreateBudgetInput): Promise<{ id: string; annualReviewDueOn: string | null }> {
  const setup = await loadApprovedLines(ctx, input.requestId);
  if (setup.existingBudgetId) throw new ValidationError("requestId", "already has a budget: open it to change it at a review");
  if (input.endsOn < input.startsOn) throw new ValidationError("endsOn", "cannot be before the start date");
  if (input.lines.length === 0) throw new ValidationError("lines", "choose at least one approved line");
  const known = new Set(setup.planOutcomes.map((o) => o.code));
  const seen = new Set<string>();
  const lines: NewBudgetLine[] = input.lines.map((asked, i) => {
    const approved = setup.lines.find((l) => l.requestLineId === asked.requestLineId);
    if (!approved) throw new ValidationError(`lines.${i}.requestLineId`, "is not a line of this request that the panel approved");
    if (seen.has(asked.requestLineId)) throw new ValidationError(`lines.${i}.requestLineId`, "is listed twice");
    seen.add(asked.requestLineId);
    if (input.startsOn < approved.decidedOn) throw new ValidationError("startsOn", `cannot be before the panel's decision (${approved.decidedOn})`);
    const outcomes = [...new Set(asked.linkedOutcomes)];
    if (outcomes.length === 0) throw new ValidationError(`lines.${i}.linkedOutcomes`, "link the line to at least one outcome in the plan (R12, R14)");
    const unknown = known.size ? outcomes.find((c) => !known.has(c)) : undefined;
    if (unknown) throw new ValidationError(`lines.${i}.linkedOutcomes`, `${unknown} is not an outcome in the plan`);
    return {
      stream: approved.stream, service: approved.service, arrangement: approved.arrangement, annualAmountPence: approved.amountPence,
      frequency: asked.frequency, startsOn: input.startsOn, endsOn: asked.frequency === "one_off" ? input.startsOn : input.endsOn,
      decisionId: approved.decisionId, linkedOutcomes: outcomes, onSchoolPremises: approved.onSchoolPremises,
    };
  });
  const policy = await requirePolicyOn(ctx, input.startsOn, "startsOn");

  const budget = await ctx.db
    .insertInto("budget")
    .values({ council_id: ctx.councilId, child_id: setup.request.child_id, plan_id: setup.request.plan_id, request_id: setup.request.id, status: "active", starts_on: input.startsOn, ends_on: input.endsOn })
    .returning("id")
    .executeTakeFirstOrThrow();
  const written = await writeBudgetLines(ctx, budget.id, lines);

  const annualReviewDueOn = await scheduleAnnualReview(ctx, { budgetId: budget.id, childId: setup.request.child_id, planId: setup.request.plan_id, startsOn: input.startsOn, policy });
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "budget.create", entity: "budget", entityId: budget.id, childId: setup.request.child_id,
    after: {
      requestId: setup.request.id, startsOn: input.startsOn, endsOn: input.endsOn, policyVersion: policy.versionNumber, annualReviewDueOn,
      lines: lines.map((l) => ({ decisionId: l.decisionId, stream: l.stream, service: l.service, arrangement: l.arrangement, annualAmountPence: l.annualAmountPence, frequency: l.frequency, linkedOutcomes: l.linkedOutcomes })),
      instalments: written.instalments, totalPence: written.totalPence,
    },
  });
  return { id: budget.id, annualReviewDueOn };
}

/** T3: the annual review the plan's date sets, the first on or after the budget starts; none without a plan or a policy period. */
async function scheduleAnnualReview(
  ctx: ServiceContext,
  b: { budgetId: string; childId: string; planId: string | null; startsOn: string; policy: Awaited<ReturnType<typeof requirePolicyOn>> },
): Promise<string | null> {
  if (!b.planId || !b.policy.policy.timeLimits.annualReview) return null;
  const plan = await ctx.db.selectFrom("plan").select(["issued_on", "last_annual_review_on"]).where("council_id", "=", ctx.councilId).where("id", "=", b.planId).executeTakeFirst();
  const from = plan?.last_annual_review_on ?? plan?.issued_on;
  if (!from) return null;
  const due = findAnnualReviewDue(b.policy.policy.timeLimits, from, b.startsOn, { policyName: b.policy.policy.name }).due;
  await ctx.db.insertInto("review").values({ council_id: ctx.councilId, child_id: b.childId, budget_id: b.budgetId, kind: "annual_review", due_on: due }).execute();
  return due;
}
