import { buildCheckInputSchema, checkRequest, type CheckInput, type Policy } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError, ValidationError } from "../../shared/errors";
import { getPolicyInForce, type PolicyVersionInForce } from "../../policy/policy-in-force";
import type { RequestCheck, RequestInput } from "./request-types";

export type ChildFacts = CheckInput["child"];

/** The child's facts as they stand now: what a request's check is judged on, and what it keeps. */
export async function loadChildFacts(ctx: ServiceContext, childId: string): Promise<ChildFacts> {
  const child = await ctx.db
    .selectFrom("child")
    .select(["date_of_birth", "continuing_care_eligible", "short_breaks_level", "transport_entitled", "young_person_has_capacity"])
    .where("council_id", "=", ctx.councilId)
    .where("id", "=", childId)
    .executeTakeFirst();
  if (!child) throw new NotFoundError("That child");
  const plans = await ctx.db
    .selectFrom("plan")
    .select(["type", "status"])
    .where("council_id", "=", ctx.councilId)
    .where("child_id", "=", childId)
    .orderBy("created_at")
    .execute();
  return {
    dateOfBirth: child.date_of_birth,
    plans: plans as ChildFacts["plans"],
    continuingCareEligible: child.continuing_care_eligible,
    shortBreaksLevel: child.short_breaks_level as ChildFacts["shortBreaksLevel"],
    transportEntitled: child.transport_entitled,
    youngPersonHasCapacity: child.young_person_has_capacity,
  };
}

async function checkLinkedOutcomes(ctx: ServiceContext, input: RequestInput): Promise<void> {
  let known = new Set<string>();
  if (input.planId) {
    const plan = await ctx.db
      .selectFrom("plan")
      .select("id")
      .where("council_id", "=", ctx.councilId)
      .where("id", "=", input.planId)
      .where("child_id", "=", input.childId)
      .executeTakeFirst();
    if (!plan) throw new ValidationError("planId", "is not one of this child's plans");
    const outcomes = await ctx.db.selectFrom("plan_outcome").select("code").where("council_id", "=", ctx.councilId).where("plan_id", "=", input.planId).execute();
    known = new Set(outcomes.map((o) => o.code));
  }
  for (const [i, line] of input.lines.entries()) {
    for (const code of line.linkedOutcomes) {
      if (!input.planId) throw new ValidationError(`lines.${i}.linkedOutcomes`, "choose the plan these outcomes come from");
      if (!known.has(code)) throw new ValidationError(`lines.${i}.linkedOutcomes`, `"${code}" is not an outcome in the chosen plan`);
    }
  }
}

// Field names the form knows: a line's fields by index, and the received date for the child's dates.
function fieldOf(path: readonly PropertyKey[], lineIndex: number): string {
  if (path[0] === "request" && path[1] !== undefined) return `lines.${lineIndex}.${String(path[1])}`;
  return "receivedOn";
}

function buildLineInput(policy: Policy, input: RequestInput, facts: ChildFacts, i: number): CheckInput {
  const line = input.lines[i];
  if (!line) throw new ValidationError("lines", `has no line ${i + 1}`);
  const parsed = buildCheckInputSchema(policy).safeParse({ asOf: input.receivedOn, child: facts, request: { ...line, stage: input.stage } });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = fieldOf(issue?.path ?? [], i);
  const message = issue?.path[1] === "dateOfBirth" ? "is before the child's date of birth" : (issue?.message ?? "is not valid");
  throw new ValidationError(field, message);
}

/**
 * Checks every line against the policy in force on the received date, as @pb/eligibility says,
 * without writing anything. Returns the facts used, so that a saved request keeps them.
 */
export async function checkRequestLines(ctx: ServiceContext, input: RequestInput): Promise<RequestCheck & { facts: ChildFacts; policy: PolicyVersionInForce }> {
  if (input.receivedOn > ctx.today) throw new ValidationError("receivedOn", "cannot be in the future");
  if (input.lines.length === 0) throw new ValidationError("lines", "add at least one line");
  const facts = await loadChildFacts(ctx, input.childId);
  await checkLinkedOutcomes(ctx, input);
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, input.receivedOn);
  if (!policy) throw new ValidationError("receivedOn", `no policy was in force on ${input.receivedOn}. A request is judged by the policy in force on the day it was received; an administrator can check the dates the versions took effect`);
  const lines = input.lines.map((_, i) => checkRequest(policy.policy, buildLineInput(policy.policy, input, facts, i)));
  return {
    facts,
    policy,
    policyVersion: { id: policy.versionId, number: policy.versionNumber, effectiveFrom: policy.effectiveFrom },
    lines,
  };
}
