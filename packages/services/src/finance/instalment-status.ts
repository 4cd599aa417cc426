import type { ServiceContext } from "../shared/context";
import { ConflictError } from "../shared/errors";
import { recordInstalmentPaid, type InstalmentPaid, type PaidThroughRun } from "./record-instalment-paid";

// A run's instalment, settled: the same single-row change as markInstalmentPaid (a paid row is then
// frozen by a trigger), then the same recordInstalmentPaid: the account's payment in and the first review (T2).
export async function markPaymentPaid(ctx: ServiceContext, paymentId: string, paidOn: string, run: PaidThroughRun): Promise<InstalmentPaid> {
  const row = await ctx.db
    .updateTable("payment")
    .set({ status: "paid", paid_on: paidOn })
    .where("council_id", "=", ctx.councilId)
    .where("id", "=", paymentId)
    .where("status", "in", ["scheduled", "failed"])
    .returning("id")
    .executeTakeFirst();
  if (!row) throw new ConflictError("That instalment is no longer waiting to be paid (it may already be paid or cancelled).");
  return recordInstalmentPaid(ctx, { paymentId, paidOn, run });
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
