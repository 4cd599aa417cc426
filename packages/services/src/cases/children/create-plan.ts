import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";
import type { PlanFields } from "./child-types";
import { describePlan, validatePlan, writeOutcomes } from "./plan-rows";

/** Inserts a plan for a child already read; `prefix` names fields as the calling form does. */
export async function insertPlan(ctx: ServiceContext, child: { id: string; dateOfBirth: string }, plan: PlanFields, prefix = ""): Promise<string> {
  validatePlan(plan, child.dateOfBirth, ctx.today, prefix);
  const row = await ctx.db
    .insertInto("plan")
    .values({
      council_id: ctx.councilId,
      child_id: child.id,
      type: plan.type,
      status: plan.status,
      issued_on: plan.issuedOn,
      last_annual_review_on: plan.lastAnnualReviewOn,
      next_annual_review_on: plan.nextAnnualReviewOn,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeOutcomes(ctx, row.id, plan.outcomes);
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "plan.create",
    entity: "plan",
    entityId: row.id,
    childId: child.id,
    after: describePlan({ ...plan, version: 1 }),
  });
  return row.id;
}

/** Records a plan (EHC plan, child in need, short breaks, health or adult care and support) with its Section E outcomes. */
export async function createPlan(ctx: ServiceContext, input: PlanFields & { childId: string }): Promise<{ id: string }> {
  const child = await ctx.db.selectFrom("child").select(["id", "date_of_birth"]).where("council_id", "=", ctx.councilId).where("id", "=", input.childId).executeTakeFirst();
  if (!child) throw new NotFoundError("That child or young person");
  const { childId: _childId, ...plan } = input;
  return { id: await insertPlan(ctx, { id: child.id, dateOfBirth: child.date_of_birth }, plan) };
}
