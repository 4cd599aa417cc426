import { computeAccountTotals, flagUnderspend, type UnderspendFlag } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";
import { annualRate, groupBy } from "./accounts-shared";
import { loadFinanceSettings } from "./finance-settings";

export type AccountSummary = {
  id: string;
  childId: string;
  childReference: string;
  paymentMethod: "bank_transfer" | "prepaid_card";
  hasBankDetails: boolean;
  balancePence: number;
  annualAmountPence: number;
  underspend: UnderspendFlag;
};

/** Every direct payment account with its balance worked out from its entries, and the underspend flag. */
export async function listDirectPaymentAccounts(ctx: ServiceContext, input: { flaggedOnly?: boolean } = {}): Promise<{ accounts: AccountSummary[]; notes: string[] }> {
  const settings = await loadFinanceSettings(ctx);
  const accounts = await ctx.db
    .selectFrom("dp_account as a")
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "a.council_id").onRef("c.id", "=", "a.child_id"))
    .select(["a.id", "a.child_id", "a.payment_method", "a.bank_details_last4", "c.reference"])
    .where("a.council_id", "=", ctx.councilId)
    .orderBy("c.reference")
    .execute();
  const entries = await ctx.db.selectFrom("account_entry").select(["id", "account_id", "kind", "amount_pence", "reverses_entry_id"]).where("council_id", "=", ctx.councilId).execute();
  const lines = await ctx.db
    .selectFrom("budget_line as l")
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "l.council_id").onRef("b.id", "=", "l.budget_id"))
    .select(["b.child_id", "l.annual_amount_pence", "l.frequency", "l.starts_on", "l.ends_on"])
    .where("l.council_id", "=", ctx.councilId)
    .where("l.arrangement", "=", "direct_payment")
    .where("b.status", "=", "active")
    .execute();
  const byAccount = groupBy(entries, (e) => e.account_id);
  const linesByChild = groupBy(lines, (l) => l.child_id);
  const summaries = accounts.map((a) => {
    const ledger = (byAccount.get(a.id) ?? []).map((e) => ({ id: e.id, kind: e.kind, amountPence: e.amount_pence, reversesEntryId: e.reverses_entry_id }));
    const balancePence = computeAccountTotals(ledger).balancePence;
    const annualAmountPence = annualRate(linesByChild.get(a.child_id) ?? [], ctx.today);
    return {
      id: a.id, childId: a.child_id, childReference: a.reference, paymentMethod: a.payment_method, hasBankDetails: a.bank_details_last4 !== null,
      balancePence, annualAmountPence, underspend: flagUnderspend(balancePence, annualAmountPence, settings.underspendWeeks),
    };
  });
  return { accounts: input.flaggedOnly ? summaries.filter((s) => s.underspend.status === "flagged") : summaries, notes: settings.notes };
}
