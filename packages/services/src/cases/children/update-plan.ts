import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ConflictError, NotFoundError } from "../../shared/errors";
import { updateAtVersion } from "../../shared/versioned-update";
import type { PlanFields } from "./child-types";
import { loadPlans } from "./get-case";
import { describePlan, pickChanged, validatePlan, writeOutcomes } from "./plan-rows";

const STALE = "The plan was changed by someone else since you opened it. Reload to see their changes, then try again.";

/** Changes a plan and its outcomes if it is still at the version the caller saw; a stale edit writes nothing. */
export async function updatePlan(ctx: ServiceContext, input: PlanFields & { planId: string; version: number }): Promise<{ version: number }> {
  const found = await ctx.db
    .selectFrom("plan as p")
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "p.council_id").onRef("c.id", "=", "p.child_id"))
    .select(["p.child_id", "p.version", "c.date_of_birth"])
    .where("p.council_id", "=", ctx.councilId)
    .where("p.id", "=", input.planId)
    .executeTakeFirst();
  if (!found) throw new NotFoundError("That plan");
  if (found.version !== input.version) throw new ConflictError(STALE);
  const { planId, version, ...plan } = input;
  validatePlan(plan, found.date_of_birth, ctx.today);
  const before = (await loadPlans(ctx, found.child_id)).find((p) => p.id === planId);
  if (!before) throw new NotFoundError("That plan");
  const updated = await updateAtVersion(
    ctx,
    "plan",
    planId,
    version,
    { type: plan.type, status: plan.status, issued_on: plan.issuedOn, last_annual_review_on: plan.lastAnnualReviewOn, next_annual_review_on: plan.nextAnnualReviewOn },
    "The plan",
  );
  await writeOutcomes(ctx, planId, plan.outcomes);
  const newVersion = Number(updated.version);
  const changed = pickChanged(describePlan({ ...before, version: before.version }), describePlan({ ...plan, version: newVersion }));
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "plan.update",
    entity: "plan",
    entityId: planId,
    childId: found.child_id,
    before: changed.before,
    after: changed.after,
  });
  return { version: newVersion };
}
