import { flagUnderspend, type UnderspendFlag, type AccountTotals } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";
import { annualRate, findDirectPaymentLines, loadAccountRow, loadLedger } from "./accounts-shared";
import { loadFinanceSettings } from "./finance-settings";
import { listAccountReturns, type ReturnPeriodView } from "./account-returns";

export type AccountView = {
  id: string;
  version: number;
  childReference: string;
  paymentMethod: "bank_transfer" | "prepaid_card";
  payeeReference: string | null;
  cardReference: string | null;
  /** "•••• 1234" or null: the only form of the bank details any page is given unless revealed. */
  bankDetailsMasked: string | null;
  totals: AccountTotals;
  entries: { id: string; kind: string; amountPence: number; stream: string; occurredOn: string; note: string; reversesEntryId: string | null; reversed: boolean }[];
  lines: { id: string; stream: string; service: string; annualAmountPence: number; frequency: string; startsOn: string; endsOn: string }[];
  annualAmountPence: number;
  underspend: UnderspendFlag;
  returns: ReturnPeriodView[];
  decisions: { id: string; kind: string; financialYear: string | null; decidedOn: string; recoverPence: number; method: string; reasons: string; letterSentOn: string | null; recoveredPence: number }[];
  notes: string[];
};

export async function getDirectPaymentAccount(ctx: ServiceContext, accountId: string): Promise<AccountView> {
  const account = await loadAccountRow(ctx, accountId);
  const settings = await loadFinanceSettings(ctx);
  const { entries, totals } = await loadLedger(ctx, accountId);
  const lines = await findDirectPaymentLines(ctx, account.child_id, ctx.today);
  const annualAmountPence = annualRate(lines, ctx.today);
  const returns = await listAccountReturns(ctx, accountId, settings);
  const decisions = await ctx.db.selectFrom("recovery_decision").selectAll().where("council_id", "=", ctx.councilId).where("account_id", "=", accountId).orderBy("decided_on", "desc").execute();
  const reversedIds = new Set(entries.flatMap((e) => (e.reverses_entry_id ? [e.reverses_entry_id] : [])));
  const recovered = (id: string) => {
    const mine = entries.filter((e) => e.recovery_decision_id === id && e.kind === "recovery");
    return mine.reduce((s, e) => s + (reversedIds.has(e.id) ? 0 : e.amount_pence), 0);
  };
  return {
    id: account.id, version: account.version, childReference: account.reference, paymentMethod: account.payment_method,
    payeeReference: account.payee_reference, cardReference: account.card_reference,
    bankDetailsMasked: account.bank_details_last4 ? `•••• ${account.bank_details_last4}` : null,
    totals,
    entries: entries.map((e) => ({ id: e.id, kind: e.kind, amountPence: e.amount_pence, stream: e.stream, occurredOn: e.occurred_on, note: e.note, reversesEntryId: e.reverses_entry_id, reversed: reversedIds.has(e.id) })),
    lines: lines.map((l) => ({ id: l.id, stream: l.stream, service: l.service, annualAmountPence: l.annual_amount_pence, frequency: l.frequency, startsOn: l.starts_on, endsOn: l.ends_on })),
    annualAmountPence,
    underspend: flagUnderspend(totals.balancePence, annualAmountPence, settings.underspendWeeks),
    returns,
    decisions: decisions.map((d) => ({ id: d.id, kind: d.kind, financialYear: d.financial_year, decidedOn: d.decided_on, recoverPence: d.recover_pence, method: d.method, reasons: d.reasons, letterSentOn: d.letter_sent_on, recoveredPence: recovered(d.id) })),
    notes: settings.notes,
  };
}
