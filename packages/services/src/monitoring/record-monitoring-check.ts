import { writeAudit } from "@pb/db";
import { MONITORING_CHECK_KIND_DEFINITIONS, type MonitoringCheckKind, type MonitoringCheckOutcome } from "@pb/reviews";
import { loadBudget } from "../cases/budgets/load-budget";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { getBudgetMonitoring } from "./monitoring-status";

export type RecordMonitoringCheckInput = { budgetId: string; kind: MonitoringCheckKind; checkedOn: string; outcome: MonitoringCheckOutcome; notes?: string | undefined };

/**
 * Records a check of a direct payment (T4) the policy sets, and answers when the next is due: the
 * next falls due from this one. Only an active budget paying a direct payment is checked.
 */
export async function recordMonitoringCheck(ctx: ServiceContext, input: RecordMonitoringCheckInput): Promise<{ id: string; nextDueOn: string | null }> {
  const budget = await loadBudget(ctx, input.budgetId);
  if (budget.status !== "active") throw new ValidationError("budgetId", `this budget is ${budget.status}: only a budget in force is checked`);
  const before = await getBudgetMonitoring(ctx, budget);
  if (!before) throw new ValidationError("budgetId", "this budget pays no direct payment, so it has no monitoring checks");
  if (input.checkedOn > ctx.today) throw new ValidationError("checkedOn", "cannot be in the future");
  if (input.checkedOn < before.directPaymentStartsOn) throw new ValidationError("checkedOn", `cannot be before the direct payment started (${before.directPaymentStartsOn})`);
  const notes = (input.notes ?? "").trim();
  if (input.outcome === "concerns" && !notes) throw new ValidationError("notes", "say what the concerns are");
  const row = await ctx.db
    .insertInto("monitoring_check")
    .values({ council_id: ctx.councilId, budget_id: budget.id, child_id: budget.child_id, kind: input.kind, checked_on: input.checkedOn, outcome: input.outcome, notes, created_by: ctx.actorUserId })
    .returning("id")
    .executeTakeFirstOrThrow();
  // The notes may name people, so the audit keeps what was checked, when and the outcome only.
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "monitoring.record_check", entity: "monitoring_check", entityId: row.id, childId: budget.child_id,
    after: { budgetId: budget.id, kind: input.kind, checkedOn: input.checkedOn, outcome: input.outcome, policySetting: `finance.${MONITORING_CHECK_KIND_DEFINITIONS[input.kind].policyKey}` },
  });
  const after = await getBudgetMonitoring(ctx, budget);
  return { id: row.id, nextDueOn: after?.checks.find((c) => c.kind === input.kind)?.nextDueOn ?? null };
}
