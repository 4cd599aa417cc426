import type { ServiceContext } from "../shared/context";
import { ConflictError } from "../shared/errors";

// TODO(case lifecycle): switch to the case engineer's markInstalmentPaid / markInstalmentFailed when
// they are exported; these do the same single-row change (a paid row is then frozen by a trigger).
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
