import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ConflictError, NotFoundError, ValidationError } from "../shared/errors";
import { markPaymentFailed, markPaymentPaid } from "./instalment-status";

export type Settlement = { outcome: "paid" | "failed"; on: string; reason: string };

/**
 * Records what happened to one payment of a run. Paid: the instalment is marked paid and, for a
 * direct payment, the account gets the payment in (recordInstalmentPaid, as every way of paying
 * does) and any recovery taken from it. Failed: the
 * instalment may go in a later run. Recording the same outcome again changes nothing.
 */
export async function settleRunItem(ctx: ServiceContext, itemId: string, s: Settlement): Promise<"settled" | "unchanged"> {
  const item = await ctx.db
    .selectFrom("payment_run_item as i")
    .innerJoin("payment as p", (j) => j.onRef("p.council_id", "=", "i.council_id").onRef("p.id", "=", "i.payment_id"))
    .innerJoin("payment_run as r", (j) => j.onRef("r.council_id", "=", "i.council_id").onRef("r.id", "=", "i.run_id"))
    .select(["i.id", "i.reference", "i.outcome", "i.payment_id", "i.account_id", "i.gross_pence", "i.deduction_pence", "i.net_pence", "i.recovery_decision_id", "p.stream", "p.budget_line_id", "r.status as runStatus"])
    .where("i.council_id", "=", ctx.councilId)
    .where("i.id", "=", itemId)
    .forUpdate()
    .executeTakeFirst();
  if (!item) throw new NotFoundError("That payment");
  if (item.runStatus !== "approved") throw new ConflictError("The run must be approved before its payments are marked.");
  if (item.outcome === s.outcome) return "unchanged";
  if (item.outcome !== "pending") throw new ConflictError(`${item.reference} is already marked ${item.outcome}; a payment that has gone out is never edited: record a reversing entry on the account instead.`);
  if (s.on > ctx.today) throw new ValidationError("on", "cannot be in the future");

  await ctx.db.updateTable("payment_run_item").set({ outcome: s.outcome, outcome_on: s.on, failure_reason: s.outcome === "failed" ? s.reason || "Not given" : null }).where("council_id", "=", ctx.councilId).where("id", "=", itemId).execute();
  if (s.outcome === "failed") {
    await markPaymentFailed(ctx, item.payment_id);
  } else {
    const run = { itemId: item.id, reference: item.reference, accountId: item.account_id, grossPence: Number(item.gross_pence) };
    const { accountId } = await markPaymentPaid(ctx, item.payment_id, s.on, run);
    if (accountId && item.deduction_pence > 0) {
      await ctx.db.insertInto("account_entry").values({
        council_id: ctx.councilId, account_id: accountId, kind: "recovery", amount_pence: item.deduction_pence, stream: item.stream, budget_line_id: item.budget_line_id,
        occurred_on: s.on, payment_id: item.payment_id, run_item_id: item.id, recovery_decision_id: item.recovery_decision_id, created_by: ctx.actorUserId,
        note: `Recovered from payment ${item.reference}`,
      }).execute();
    }
  }
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: `payment.${s.outcome}`, entity: "payment_run_item", entityId: itemId, before: { outcome: "pending" }, after: { outcome: s.outcome, on: s.on, reference: item.reference, netPence: item.net_pence } });
  return "settled";
}
