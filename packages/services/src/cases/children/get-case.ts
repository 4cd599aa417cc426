import { findAge } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";
import type { CasePlan, CaseView } from "./case-view";
import type { PersonalDetailsAccess } from "./child-types";
import { loadCaseBudgets } from "./load-case-budgets";
import { CASE_PAGE_HISTORY, loadCaseHistory } from "./load-case-history";
import { loadCaseRequests } from "./load-case-requests";

/** The child's plans with their Section E outcomes, oldest plan first. */
export async function loadPlans(ctx: ServiceContext, childId: string): Promise<CasePlan[]> {
  const plans = await ctx.db
    .selectFrom("plan")
    .select(["id", "type", "status", "issued_on", "last_annual_review_on", "next_annual_review_on", "version"])
    .where("council_id", "=", ctx.councilId)
    .where("child_id", "=", childId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const outcomes = await ctx.db
    .selectFrom("plan_outcome")
    .select(["id", "plan_id", "code", "description"])
    .where("council_id", "=", ctx.councilId)
    .where("plan_id", "in", plans.length ? plans.map((p) => p.id) : ["00000000-0000-0000-0000-000000000000"])
    .orderBy("code")
    .execute();
  return plans.map((p) => ({
    id: p.id, type: p.type, status: p.status, issuedOn: p.issued_on, lastAnnualReviewOn: p.last_annual_review_on, nextAnnualReviewOn: p.next_annual_review_on, version: p.version,
    outcomes: outcomes.filter((o) => o.plan_id === p.id).map(({ id, code, description }) => ({ id, code, description })),
  }));
}

/** Everything about one child or young person, for the case page. Another council's child is not found. */
export async function getCase(ctx: ServiceContext, input: { childId: string }, access: PersonalDetailsAccess): Promise<CaseView> {
  const child = await ctx.db
    .selectFrom("child")
    .selectAll()
    .where("council_id", "=", ctx.councilId)
    .where("id", "=", input.childId)
    .executeTakeFirst();
  if (!child) throw new NotFoundError("That child or young person");
  const [plans, requests, money, history] = [
    await loadPlans(ctx, child.id),
    await loadCaseRequests(ctx, child.id),
    await loadCaseBudgets(ctx, child.id, access),
    await loadCaseHistory(ctx, child.id, access, { limit: CASE_PAGE_HISTORY }),
  ];
  return {
    child: {
      id: child.id,
      reference: child.reference,
      givenName: access.names ? child.given_name : null,
      familyName: access.names ? child.family_name : null,
      dateOfBirth: access.dateOfBirth ? child.date_of_birth : null,
      age: access.dateOfBirth ? findAge(child.date_of_birth, ctx.today) : null,
      continuingCareEligible: child.continuing_care_eligible,
      shortBreaksLevel: child.short_breaks_level,
      transportEntitled: child.transport_entitled,
      youngPersonHasCapacity: child.young_person_has_capacity,
      version: child.version,
    },
    plans,
    requests: requests.requests,
    disagreements: requests.disagreements,
    budgets: money.budgets,
    reviews: money.reviews,
    cessations: money.cessations,
    history,
    access,
  };
}
