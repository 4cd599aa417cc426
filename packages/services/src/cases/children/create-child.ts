import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import type { ChildInput, PlanFields } from "./child-types";
import { describeChild, toChildRow, validateChild } from "./child-rows";
import { insertPlan } from "./create-plan";

/**
 * Records a child or young person (0 to 25) and, if given, their first plan, in the caller's
 * transaction: if the plan is refused the child is not kept either.
 */
export async function createChild(ctx: ServiceContext, input: ChildInput & { plan: PlanFields | null }): Promise<{ id: string; planId: string | null }> {
  const { plan, ...child } = input;
  await validateChild(ctx, child, null);
  const row = await ctx.db
    .insertInto("child")
    .values({ council_id: ctx.councilId, ...toChildRow(child) })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "child.create",
    entity: "child",
    entityId: row.id,
    childId: row.id,
    after: { ...describeChild({ ...child, reference: child.reference.trim(), version: 1 }), personalDetailsRecorded: ["givenName", "familyName", "dateOfBirth"] },
  });
  const planId = plan ? await insertPlan(ctx, { id: row.id, dateOfBirth: child.dateOfBirth }, plan, "plan.") : null;
  return { id: row.id, planId };
}
