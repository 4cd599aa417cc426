import { planBudgetChange } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { updateAtVersion } from "../../shared/versioned-update";
import { loadBudget, loadBudgetLines } from "../budgets/load-budget";
import { writeBudgetLines } from "../budgets/write-budget-lines";

export type BudgetChange = { changeDate: string; lines: { budgetLineId: string; annualAmountPence: number }[] };

/**
 * A review's change (R15): the old version is kept and marked superseded, its instalments from the
 * change date are cancelled, and a new version carries each running line from that date at its new
 * amount, its first instalments balanced against what the old ones before the change paid
 * (planBudgetChange). Its agreement and the reviews still to hold move with it.
 */
export async function changeBudgetVersion(ctx: ServiceContext, budgetId: string, change: BudgetChange, heldOn: string, reviewId: string): Promise<{ id: string; cancelledPence: number }> {
  const old = await loadBudget(ctx, budgetId);
  if (change.changeDate <= old.starts_on) throw new ValidationError("change.changeDate", `must be after the budget started (${old.starts_on})`);
  if (old.ends_on && change.changeDate > old.ends_on) throw new ValidationError("change.changeDate", `must be on or before the budget ends (${old.ends_on})`);
  if (change.changeDate < heldOn) throw new ValidationError("change.changeDate", "cannot be before the review was held");
  const lines = await loadBudgetLines(ctx, old.id);
  const amounts = new Map(change.lines.map((l) => [l.budgetLineId, l.annualAmountPence]));
  const lineIds = lines.map((l) => l.id);
  const after = lineIds.length
    ? await ctx.db
        .selectFrom("payment as p")
        .leftJoin("payment_run_item as i", (j) => j.onRef("i.council_id", "=", "p.council_id").onRef("i.payment_id", "=", "p.id").on("i.outcome", "=", "pending"))
        .select(["p.id", "p.budget_line_id", "p.due_on", "p.status", "p.amount_pence", "i.id as runItemId"])
        .where("p.council_id", "=", ctx.councilId)
        .where("p.budget_line_id", "in", lineIds)
        .where("p.due_on", ">=", change.changeDate)
        .where("p.status", "<>", "cancelled")
        .orderBy("p.due_on")
        .execute()
    : [];
  const dueFrom = new Map<string, number>();
  for (const p of after) dueFrom.set(p.budget_line_id, (dueFrom.get(p.budget_line_id) ?? 0) + Number(p.amount_pence));
  const plan = planBudgetChange(
    lines.map((l) => ({ id: l.id, annualAmountPence: l.annual_amount_pence, frequency: l.frequency, start: l.starts_on, end: l.ends_on, dueFromChangePence: dueFrom.get(l.id) ?? 0 })),
    amounts,
    change.changeDate,
  );
  const issue = plan.issues[0];
  if (issue) throw new ValidationError(`change.lines.${change.lines.findIndex((l) => l.budgetLineId === issue.lineId)}.budgetLineId`, issue.message);

  const paid = after.find((p) => p.status === "paid");
  if (paid) throw new ValidationError("change.changeDate", `an instalment due on ${paid.due_on} is already paid: choose a change date after it`);
  const inRun = after.find((p) => p.runItemId);
  if (inRun) throw new ValidationError("change.changeDate", `the instalment due on ${inRun.due_on} is in a payment run waiting for its outcome: settle the run first`);

  await updateAtVersion(ctx, "budget", old.id, old.version, { status: "superseded" }, "That budget");
  const created = await ctx.db
    .insertInto("budget")
    .values({
      council_id: ctx.councilId, child_id: old.child_id, plan_id: old.plan_id, request_id: old.request_id, budget_version: old.budget_version + 1,
      supersedes_budget_id: old.id, status: "active", starts_on: change.changeDate, ends_on: old.ends_on,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const byId = new Map(lines.map((l) => [l.id, l]));
  await writeBudgetLines(
    ctx,
    created.id,
    plan.carried.flatMap((c) => {
      const from = byId.get(c.fromLineId);
      return from
        ? [{ stream: from.stream, service: from.service, arrangement: from.arrangement, annualAmountPence: c.line.annualAmountPence, frequency: c.line.frequency, startsOn: c.line.start, endsOn: c.line.end, decisionId: from.decision_id, linkedOutcomes: from.linked_outcomes, onSchoolPremises: from.on_school_premises, schedule: c.schedule }]
        : [];
    }),
  );
  const cancelledPence = after.reduce((t, p) => t + Number(p.amount_pence), 0);
  if (after.length) await ctx.db.updateTable("payment").set({ status: "cancelled" }).where("council_id", "=", ctx.councilId).where("id", "in", after.map((p) => p.id)).execute();
  const agreements = await ctx.db.selectFrom("agreement").selectAll().where("council_id", "=", ctx.councilId).where("budget_id", "=", old.id).execute();
  for (const { id: _id, created_at: _at, ...a } of agreements) await ctx.db.insertInto("agreement").values({ ...a, terms: JSON.stringify(a.terms), budget_id: created.id }).execute();
  await ctx.db.updateTable("review").set({ budget_id: created.id }).where("council_id", "=", ctx.councilId).where("budget_id", "=", old.id).where("held_on", "is", null).where("id", "<>", reviewId).execute();
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "budget.change", entity: "budget", entityId: created.id, childId: old.child_id,
    before: { budgetId: old.id, version: old.budget_version, lines: lines.map((l) => ({ id: l.id, annualAmountPence: l.annual_amount_pence })) },
    after: { changeDate: change.changeDate, version: old.budget_version + 1, lines: plan.carried.map((c) => ({ from: c.fromLineId, annualAmountPence: c.line.annualAmountPence, totalPence: c.schedule.totalPence, balancedPence: c.balancedPence, unabsorbedPence: c.unabsorbedPence })), cancelledInstalments: after.length, cancelledPence },
  });
  return { id: created.id, cancelledPence };
}

