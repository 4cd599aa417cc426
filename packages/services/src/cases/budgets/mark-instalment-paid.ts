import { writeAudit } from "@pb/db";
import { sql } from "kysely";
import type { ServiceContext } from "../../shared/context";
import { judgePayability, payabilityFacts } from "../../finance/payability-check";
import { ConflictError, NotFoundError, ValidationError } from "../../shared/errors";
import { recordInstalmentPaid } from "../../finance/record-instalment-paid";
import { lockInstalmentClaims } from "../../finance/payment-run-locks";

/**
 * A finance officer records one instalment as paid outside a payment run. The same payability rule
 * as the runs applies: a direct payment without a signed agreement (T1), or on school premises
 * without the school's (R8), is refused with the reasons. What follows is what follows a run's payment
 * (recordInstalmentPaid): a direct payment goes into the family's account, and the first sets the first review (T2).
 */
export async function markInstalmentPaid(ctx: ServiceContext, input: { paymentId: string; paidOn: string }): Promise<{ firstReviewDueOn: string | null }> {
  // After any approval under way has committed, so an instalment it claimed is seen to be in its run.
  await lockInstalmentClaims(ctx);
  const p = await ctx.db
    .selectFrom("payment as p")
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "l.council_id").onRef("b.id", "=", "l.budget_id"))
    .select([
      "p.id", "p.status", "p.due_on", "p.amount_pence", "p.arrangement", "b.id as budgetId", "b.child_id",
      // The same facts as a payment run's candidates (run-candidates.ts).
      payabilityFacts.as("facts"),
      sql<string | null>`(select 'number ' || r.run_number from payment_run_item i join payment_run r on r.council_id = i.council_id and r.id = i.run_id where i.council_id = p.council_id and i.payment_id = p.id and i.outcome <> 'failed' limit 1)`.as("inRun"),
    ])
    .where("p.council_id", "=", ctx.councilId)
    .where("p.id", "=", input.paymentId)
    .forUpdate("p")
    .executeTakeFirst();
  if (!p) throw new NotFoundError("That instalment");
  if (p.status === "paid" || p.status === "cancelled") throw new ConflictError(`That instalment is already ${p.status}.`);
  if (p.inRun) throw new ConflictError(`That instalment is in payment run ${p.inRun}: record its outcome on the run.`);
  if (input.paidOn > ctx.today) throw new ValidationError("paidOn", "cannot be in the future");
  const verdict = judgePayability(p.facts);
  if (!verdict.payable) throw new ValidationError("paymentId", `cannot be paid: ${verdict.reasons.map((r) => r.message).join(" ")}`);
  await ctx.db.updateTable("payment").set({ status: "paid", paid_on: input.paidOn }).where("council_id", "=", ctx.councilId).where("id", "=", p.id).execute();
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "payment.mark_paid", entity: "payment", entityId: p.id, childId: p.child_id,
    before: { status: p.status }, after: { status: "paid", paidOn: input.paidOn, dueOn: p.due_on, amountPence: Number(p.amount_pence) },
  });
  const { firstReviewDueOn } = await recordInstalmentPaid(ctx, { paymentId: p.id, paidOn: input.paidOn });
  return { firstReviewDueOn };
}
