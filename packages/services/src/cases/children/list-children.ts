import { sql, type ExpressionBuilder, type SelectQueryBuilder } from "kysely";
import type { ChildTable, DB } from "@pb/db";
import { findAge, findBirthDateRange, getAgeBandBounds } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import type { ChildList, ListChildrenInput, PersonalDetailsAccess } from "./child-types";

type WithChild = DB & { c: ChildTable };
type ChildQuery = SelectQueryBuilder<WithChild, "c", object>;
type ChildEb = ExpressionBuilder<WithChild, "c">;

/** "50%_off" matches itself, not "50 anything": LIKE's wildcards in a search are literal. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The earliest next annual review of the child's plans that have not ceased. */
const nextReview = sql<string | null>`(select min(p.next_annual_review_on) from plan p where p.council_id = c.council_id and p.child_id = c.id and p.status <> 'ceased')`;

function activeBudgets(eb: ChildEb) {
  return eb.selectFrom("budget as b").select(sql`1`.as("one")).whereRef("b.council_id", "=", "c.council_id").whereRef("b.child_id", "=", "c.id").where("b.status", "=", "active");
}

function applyFilters(query: ChildQuery, input: ListChildrenInput, access: PersonalDetailsAccess, today: string): ChildQuery {
  let q = query;
  const search = input.search?.trim().toLowerCase();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(c.reference)`, "like", pattern), ...(access.names ? [eb(sql`lower(c.given_name || ' ' || c.family_name)`, "like", pattern)] : [])]));
  }
  const { planType, planStatus, stream, ageBand, reviewDueBefore } = input;
  if (planType || planStatus) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("plan as p")
          .select(sql`1`.as("one"))
          .whereRef("p.council_id", "=", "c.council_id")
          .whereRef("p.child_id", "=", "c.id")
          .$if(Boolean(planType), (s) => s.where("p.type", "=", planType ?? ""))
          .$if(Boolean(planStatus), (s) => s.where("p.status", "=", planStatus ?? "")),
      ),
    );
  }
  if (input.hasActiveBudget === true) q = q.where((eb) => eb.exists(activeBudgets(eb)));
  if (input.hasActiveBudget === false) q = q.where((eb) => eb.not(eb.exists(activeBudgets(eb))));
  if (stream) {
    q = q.where((eb) =>
      eb.exists(
        activeBudgets(eb)
          .innerJoin("budget_line as bl", (j) => j.onRef("bl.council_id", "=", "b.council_id").onRef("bl.budget_id", "=", "b.id"))
          .where("bl.stream", "=", stream),
      ),
    );
  }
  if (ageBand) {
    const { from, to } = getAgeBandBounds(ageBand);
    const range = findBirthDateRange(from, to, today);
    q = q.where("c.date_of_birth", ">", range.bornAfter).where("c.date_of_birth", "<=", range.bornOnOrBefore);
  }
  if (reviewDueBefore) q = q.where(sql<boolean>`${nextReview} < ${reviewDueBefore}`);
  return q;
}

function orderRows<Q extends SelectQueryBuilder<WithChild, "c", object>>(query: Q, input: ListChildrenInput): Q {
  const dir = input.direction === "desc" ? sql`desc` : sql`asc`;
  // Older means an earlier date of birth, so age ascending is date of birth descending.
  const ageDir = input.direction === "desc" ? sql`asc` : sql`desc`;
  const ordered =
    input.sort === "name"
      ? query.orderBy(sql`lower(c.family_name) ${dir}, lower(c.given_name) ${dir}`)
      : input.sort === "age"
        ? query.orderBy(sql`c.date_of_birth ${ageDir}`)
        : input.sort === "nextReview"
          ? query.orderBy(sql`${nextReview} ${dir} nulls last`)
          : query.orderBy(sql`c.reference ${dir}`);
  return ordered.orderBy("c.reference").orderBy("c.id") as Q;
}

/**
 * One page of the council's children and young people, searched, filtered and sorted in the
 * database, with the total that matched. Names and ages only for roles that may see them.
 */
export async function listChildren(ctx: ServiceContext, input: ListChildrenInput, access: PersonalDetailsAccess): Promise<ChildList> {
  if (input.sort === "name" && !access.names) throw new ValidationError("sort", "your role does not see names, so the list cannot be sorted by name");
  if (input.sort === "age" && !access.dateOfBirth) throw new ValidationError("sort", "your role does not see dates of birth, so the list cannot be sorted by age");
  const base = applyFilters(ctx.db.selectFrom("child as c").where("c.council_id", "=", ctx.councilId), input, access, ctx.today);
  const counted = await base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirst();
  const total = Number(counted?.n ?? 0);
  const page = await orderRows(base.select(["c.id", "c.reference", "c.given_name", "c.family_name", "c.date_of_birth", nextReview.as("next_review")]), input)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  const ids = page.length ? page.map((r) => r.id) : ["00000000-0000-0000-0000-000000000000"];
  const plans = await ctx.db
    .selectFrom("plan")
    .select(["child_id", "type", "status"])
    .where("council_id", "=", ctx.councilId)
    .where("child_id", "in", ids)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const lines = await ctx.db
    .selectFrom("budget as b")
    .leftJoin("budget_line as bl", (j) => j.onRef("bl.council_id", "=", "b.council_id").onRef("bl.budget_id", "=", "b.id"))
    .select(["b.child_id", "bl.stream"])
    .where("b.council_id", "=", ctx.councilId)
    .where("b.child_id", "in", ids)
    .where("b.status", "=", "active")
    .execute();
  return {
    rows: page.map((r) => ({
      id: r.id,
      reference: r.reference,
      name: access.names ? `${r.given_name} ${r.family_name}` : null,
      age: access.dateOfBirth ? findAge(r.date_of_birth, ctx.today) : null,
      plans: plans.filter((p) => p.child_id === r.id).map(({ type, status }) => ({ type, status })),
      nextAnnualReviewOn: r.next_review,
      hasActiveBudget: lines.some((l) => l.child_id === r.id),
      streams: [...new Set(lines.filter((l) => l.child_id === r.id && l.stream).map((l) => l.stream ?? ""))].sort(),
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
    access,
  };
}
