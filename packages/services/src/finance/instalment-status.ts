import type { ServiceContext } from "../shared/context";
import { ConflictError } from "../shared/errors";
import { scheduleFirstReviewAfterPayment } from "../cases/reviews/schedule-first-review";

// A run's instalment, settled: the same single-row change as markInstalmentPaid (a paid row is then
// frozen by a trigger), and the first direct payment sets the first review (T2) the same way.
export async function markPaymentPaid(ctx: ServiceContext, paymentId: string, paidOn: string): Promise<void> {
  const row = await ctx.db
    .updateTable("payment")
    .set({ status: "paid", paid_on: paidOn })
    .where("council_id", "=", ctx.councilId)
    .where("id", "=", paymentId)
    .where("status", "in", ["scheduled", "failed"])
    .returning("id")
    .executeTakeFirst();
  if (!row) throw new ConflictError("That instalment is no longer waiting to be paid (it may already be paid or cancelled).");
  await scheduleFirstReviewAfterPayment(ctx, paymentId);
}

export async function markPaymentFailed(ctx: ServiceContext, paymentId: string): Promise<void> {
  const row = await ctx.db
    .updateTable("payment")
    .set({ status: "failed" })
    .where("council_id", "=", ctx.councilId)
    .where("id", "=", paymentId)
    .where("status", "in", ["scheduled", "failed"])
    .returning("id")
    .executeTakeFirst();
  if (!row) throw new ConflictError("That instalment is no longer waiting to be paid (it may already be paid or cancelled).");
}
