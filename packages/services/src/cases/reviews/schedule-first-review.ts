import { sql } from "kysely";
import type { ServiceContext } from "../../shared/context";
import { getPolicyInForce } from "../../policy/policy-in-force";
import { deadlineOrNull } from "../../shared/policy-on";

/**
 * T2: once a direct payment instalment is paid, the first review is due the policy's period after
 * the first direct payment of the budget (any version of it). Scheduled once; silent when the
 * policy sets no period. Called by every path that marks an instalment paid.
 */
export async function scheduleFirstReviewAfterPayment(ctx: ServiceContext, paymentId: string): Promise<string | null> {
  const paid = await ctx.db
    .selectFrom("payment as p")
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "l.council_id").onRef("b.id", "=", "l.budget_id"))
    .select(["p.arrangement", "p.status", "b.id as budgetId", "b.child_id", "b.request_id"])
    .where("p.council_id", "=", ctx.councilId)
    .where("p.id", "=", paymentId)
    .executeTakeFirst();
  if (!paid || paid.arrangement !== "direct_payment" || paid.status !== "paid") return null;
  // Every version of this budget: versions share the request they came from.
  const versions = paid.request_id
    ? (await ctx.db.selectFrom("budget").select("id").where("council_id", "=", ctx.councilId).where("request_id", "=", paid.request_id).execute()).map((b) => b.id)
    : [paid.budgetId];
  const already = await ctx.db.selectFrom("review").select("id").where("council_id", "=", ctx.councilId).where("budget_id", "in", versions).where("kind", "=", "first_dp_review").executeTakeFirst();
  if (already) return null;
  const first = await ctx.db
    .selectFrom("payment as p")
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .select(sql<string>`min(p.paid_on)`.as("firstPaidOn"))
    .where("p.council_id", "=", ctx.councilId)
    .where("l.budget_id", "in", versions)
    .where("p.arrangement", "=", "direct_payment")
    .where("p.status", "=", "paid")
    .executeTakeFirst();
  if (!first?.firstPaidOn) return null;
  // No policy in force, or none that sets the period: nothing to schedule, and the payment still stands.
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, first.firstPaidOn);
  const deadline = policy ? deadlineOrNull(policy, "first_dp_review", first.firstPaidOn, "paidOn") : null;
  if (!deadline) return null;
  await ctx.db.insertInto("review").values({ council_id: ctx.councilId, child_id: paid.child_id, budget_id: paid.budgetId, kind: "first_dp_review", due_on: deadline.due }).execute();
  return deadline.due;
}
