import { sql } from "kysely";
import { planPaymentRun } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { accountsFor } from "./run-accounts";
import { getPaymentRun, loadRunRow, type PaymentRunView } from "./get-payment-run";
import { findOutstandingRecoveries } from "./outstanding-recoveries";
import { findRunCandidates } from "./run-candidates";
import { lockInstalmentClaims } from "./payment-run-locks";

/**
 * Approves a run: claims each payable instalment in the range that no live run holds, taking any
 * recovery due. Safe to repeat and to race: approving an approved run changes nothing, and the
 * unique index on live items (with a per-council lock) means two runs never hold one instalment.
 */
export async function approvePaymentRun(ctx: ServiceContext, input: { runId: string }): Promise<PaymentRunView> {
  await loadRunRow(ctx, input.runId);
  // Approvals and hand payments in one council take turns; the unique index below is the guarantee
  // against paying twice in runs, the turn-taking keeps a hand payment from racing into a deadlock.
  await lockInstalmentClaims(ctx);
  const claimed = await ctx.db
    .updateTable("payment_run")
    .set({ status: "approved", approved_by: ctx.actorUserId, approved_at: new Date(), version: sql`version + 1` })
    .where("council_id", "=", ctx.councilId)
    .where("id", "=", input.runId)
    .where("status", "=", "draft")
    .returning(["run_number", "from_on", "to_on"])
    .executeTakeFirst();
  if (!claimed) return getPaymentRun(ctx, input.runId);

  const candidates = await findRunCandidates(ctx, claimed.from_on, claimed.to_on);
  const withAccounts = await accountsFor(ctx, candidates);
  const accountIds = [...new Set(withAccounts.flatMap((c) => (c.accountId ? [c.accountId] : [])))];
  const plan = planPaymentRun(withAccounts, await findOutstandingRecoveries(ctx, accountIds, true));
  let sequence = 0;
  let inserted = 0;
  for (const item of plan.items) {
    const reference = `R${claimed.run_number}-${String(++sequence).padStart(4, "0")}`;
    const row = await ctx.db
      .insertInto("payment_run_item")
      .values({
        council_id: ctx.councilId, run_id: input.runId, payment_id: item.paymentId, reference, account_id: item.accountId,
        gross_pence: item.grossPence, deduction_pence: item.deductionPence, net_pence: item.netPence, recovery_decision_id: item.recoveryDecisionId,
      })
      .onConflict((oc) => oc.columns(["council_id", "payment_id"]).where("outcome", "<>", "failed").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!row) continue;
    inserted++;
    await ctx.db.updateTable("payment").set({ payment_run_id: input.runId }).where("council_id", "=", ctx.councilId).where("id", "=", item.paymentId).execute();
  }
  const totalNet = plan.items.reduce((s, i) => s + i.netPence, 0);
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "payment_run.approve", entity: "payment_run", entityId: input.runId,
    after: { runNumber: claimed.run_number, items: inserted, skippedAlreadyInAnotherRun: plan.items.length - inserted, exceptions: plan.exceptions.length, plannedNetPence: totalNet },
  });
  return getPaymentRun(ctx, input.runId);
}
