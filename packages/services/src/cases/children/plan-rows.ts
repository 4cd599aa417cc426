import { checkPlanDates, checkPlanTypeForAge } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import type { PlanFields, PlanOutcomeInput } from "./child-types";

/** Refuses a plan that breaks a rule, naming the field under `prefix` ("plan." on the new-child form). */
export function validatePlan(plan: PlanFields, dateOfBirth: string, today: string, prefix = ""): void {
  const typeProblem = checkPlanTypeForAge(plan.type, dateOfBirth, today);
  if (typeProblem) throw new ValidationError(`${prefix}type`, typeProblem);
  const dates = checkPlanDates(plan);
  if (dates) throw new ValidationError(`${prefix}${dates.field}`, dates.message);
  const seen = new Set<string>();
  for (const [i, outcome] of plan.outcomes.entries()) {
    const code = outcome.code.trim().toUpperCase();
    if (seen.has(code)) throw new ValidationError(`${prefix}outcomes.${i}.code`, "is already used by another outcome of this plan");
    seen.add(code);
  }
}

const normalise = (o: PlanOutcomeInput) => ({ code: o.code.trim().toUpperCase(), description: o.description.trim() });

/** What the audit log keeps of a plan: every field, outcomes included. */
export function describePlan(plan: Omit<PlanFields, "type" | "status"> & { type: string; status: string; version?: number }): Record<string, unknown> {
  return {
    type: plan.type,
    status: plan.status,
    issuedOn: plan.issuedOn,
    lastAnnualReviewOn: plan.lastAnnualReviewOn,
    nextAnnualReviewOn: plan.nextAnnualReviewOn,
    outcomes: plan.outcomes.map(normalise),
    ...(plan.version === undefined ? {} : { version: plan.version }),
  };
}

/** Only the fields that differ, for an audit row that says what changed. */
export function pickChanged(before: Record<string, unknown>, after: Record<string, unknown>): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    out.before[key] = before[key] ?? null;
    out.after[key] = after[key] ?? null;
  }
  return out;
}

/** Makes the plan's outcomes exactly these: keeps a code's row (and id), updates its words, adds and removes the rest. */
export async function writeOutcomes(ctx: ServiceContext, planId: string, outcomes: PlanOutcomeInput[]): Promise<void> {
  const wanted = outcomes.map(normalise);
  const existing = await ctx.db.selectFrom("plan_outcome").select(["id", "code", "description"]).where("council_id", "=", ctx.councilId).where("plan_id", "=", planId).execute();
  const gone = existing.filter((e) => !wanted.some((w) => w.code === e.code)).map((e) => e.id);
  if (gone.length) await ctx.db.deleteFrom("plan_outcome").where("council_id", "=", ctx.councilId).where("id", "in", gone).execute();
  for (const w of wanted) {
    const row = existing.find((e) => e.code === w.code);
    if (!row) await ctx.db.insertInto("plan_outcome").values({ council_id: ctx.councilId, plan_id: planId, code: w.code, description: w.description }).execute();
    else if (row.description !== w.description) await ctx.db.updateTable("plan_outcome").set({ description: w.description }).where("council_id", "=", ctx.councilId).where("id", "=", row.id).execute();
  }
}
