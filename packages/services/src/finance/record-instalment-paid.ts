import type { ServiceContext } from "../shared/context";
import { NotFoundError } from "../shared/errors";
import { scheduleFirstReviewAfterPayment } from "../cases/reviews/schedule-first-review";
import { ensureAccounts } from "./accounts-shared";

/** The run item that paid the instalment, when a payment run did: its account and gross amount are the ones paid. */
export type PaidThroughRun = { itemId: string; reference: string; accountId: string | null; grossPence: number };

export type InstalmentPaid = { accountId: string | null; entryId: string | null; firstReviewDueOn: string | null };

/**
 * What follows an instalment's being marked paid, the same whichever way it was (a payment run's
 * outcome, a remittance, by hand on the budget page): a direct payment is money into the family's
 * direct payment account (opened now if it is the first), written once as a payment-in entry, from
 * which the returns that follow are due; and the first direct payment sets the first review (T2).
 * Call it after the payment row is marked paid, in the same transaction.
 */
export async function recordInstalmentPaid(ctx: ServiceContext, input: { paymentId: string; paidOn: string; run?: PaidThroughRun }): Promise<InstalmentPaid> {
  const p = await ctx.db
    .selectFrom("payment as p")
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "l.council_id").onRef("b.id", "=", "l.budget_id"))
    .select(["p.id", "p.arrangement", "p.stream", "p.amount_pence", "p.budget_line_id", "b.child_id"])
    .where("p.council_id", "=", ctx.councilId)
    .where("p.id", "=", input.paymentId)
    .where("p.status", "=", "paid")
    .executeTakeFirst();
  if (!p) throw new NotFoundError("That paid instalment");
  if (p.arrangement !== "direct_payment") return { accountId: null, entryId: null, firstReviewDueOn: null };

  const accountId = input.run?.accountId ?? (await ensureAccounts(ctx, [p.child_id])).get(p.child_id) ?? null;
  if (!accountId) throw new NotFoundError("The family's direct payment account");
  const amount = input.run?.grossPence ?? Number(p.amount_pence);
  let entryId: string | null = null;
  if (amount > 0) {
    // One payment in per instalment (a unique index): a repeat adds nothing.
    const row = await ctx.db
      .insertInto("account_entry")
      .values({
        council_id: ctx.councilId, account_id: accountId, kind: "payment_in", amount_pence: amount, stream: p.stream, budget_line_id: p.budget_line_id,
        occurred_on: input.paidOn, payment_id: p.id, run_item_id: input.run?.itemId ?? null, created_by: ctx.actorUserId,
        note: input.run ? `Payment ${input.run.reference}` : "Payment marked paid by hand",
      })
      .onConflict((oc) => oc.columns(["council_id", "payment_id"]).where("kind", "=", "payment_in").doNothing())
      .returning("id")
      .executeTakeFirst();
    entryId = row?.id ?? null;
  }
  return { accountId, entryId, firstReviewDueOn: await scheduleFirstReviewAfterPayment(ctx, p.id) };
}
