import { sql } from "kysely";
import { outstandingRecoveryPence, type OutstandingRecovery } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";

/**
 * What is still to be taken from future payments under each decision whose letter has gone
 * (the family is told before money is kept back): decided, less what live run items already take.
 * With `lock`, the decisions are locked first so that two approvals cannot both take the same money.
 */
export async function findOutstandingRecoveries(ctx: ServiceContext, accountIds: readonly string[], lock: boolean): Promise<OutstandingRecovery[]> {
  if (accountIds.length === 0) return [];
  let query = ctx.db
    .selectFrom("recovery_decision")
    .select(["id", "account_id", "recover_pence", "decided_on"])
    .where("council_id", "=", ctx.councilId)
    .where("account_id", "in", [...accountIds])
    .where("method", "=", "offset")
    .where("letter_sent_on", "is not", null)
    .orderBy("id");
  if (lock) query = query.forUpdate();
  const decisions = await query.execute();
  if (decisions.length === 0) return [];
  const taken = await ctx.db
    .selectFrom("payment_run_item")
    .select(["recovery_decision_id", sql<number>`sum(deduction_pence)::bigint`.as("taken")])
    .where("council_id", "=", ctx.councilId)
    .where("recovery_decision_id", "in", decisions.map((d) => d.id))
    .where("outcome", "<>", "failed")
    .groupBy("recovery_decision_id")
    .execute();
  const takenBy = new Map(taken.map((t) => [t.recovery_decision_id, Number(t.taken)]));
  return decisions.map((d) => ({ decisionId: d.id, accountId: d.account_id, decidedOn: d.decided_on, outstandingPence: outstandingRecoveryPence(d.recover_pence, takenBy.get(d.id) ?? 0) }));
}
