import { computeAccountTotals, outstandingRecoveryPence } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";
import { NotFoundError } from "../shared/errors";
import { loadLedger } from "./accounts-shared";

/** The account's balance (optionally as at a date) less what recorded decisions have yet to recover. */
export async function loadRecoverableBalance(ctx: ServiceContext, accountId: string, asAt?: string) {
  const { entries, totals } = await loadLedger(ctx, accountId);
  const upTo = asAt ? entries.filter((e) => e.occurred_on <= asAt) : entries;
  const balancePence = asAt ? computeAccountTotals(upTo.map((e) => ({ id: e.id, kind: e.kind, amountPence: e.amount_pence, reversesEntryId: e.reverses_entry_id }))).balancePence : totals.balancePence;
  const decisions = await ctx.db.selectFrom("recovery_decision").select(["id", "recover_pence"]).where("council_id", "=", ctx.councilId).where("account_id", "=", accountId).execute();
  const reversed = new Set(entries.flatMap((e) => (e.reverses_entry_id ? [e.reverses_entry_id] : [])));
  const outstanding = decisions.reduce((sum, d) => {
    const recovered = entries.filter((e) => e.kind === "recovery" && e.recovery_decision_id === d.id && !reversed.has(e.id)).reduce((s, e) => s + e.amount_pence, 0);
    return sum + outstandingRecoveryPence(d.recover_pence, recovered);
  }, 0);
  return { balancePence, outstandingPence: outstanding, recoverableBalancePence: balancePence - outstanding, entries, reversed };
}

export async function loadDecision(ctx: ServiceContext, decisionId: string) {
  const row = await ctx.db
    .selectFrom("recovery_decision as d")
    .innerJoin("dp_account as a", (j) => j.onRef("a.council_id", "=", "d.council_id").onRef("a.id", "=", "d.account_id"))
    .selectAll("d")
    .select(["a.child_id"])
    .where("d.council_id", "=", ctx.councilId)
    .where("d.id", "=", decisionId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("That recovery decision");
  return row;
}
