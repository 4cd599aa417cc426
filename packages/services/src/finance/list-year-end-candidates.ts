import { computeAccountTotals } from "@pb/budgets";
import { addDays, financialYearOf, parseIsoDate } from "@pb/calendar";
import type { ServiceContext } from "../shared/context";
import { groupBy } from "./accounts-shared";

export type YearEndCandidate = { accountId: string; childReference: string; financialYear: string; balanceAtYearEndPence: number };

/**
 * After a financial year ends, each account with money left at 31 March is offered the same
 * decision as an underspend, until one is recorded for that year.
 */
export async function listYearEndCandidates(ctx: ServiceContext): Promise<YearEndCandidate[]> {
  const lastYear = financialYearOf(addDays(financialYearOf(parseIsoDate(ctx.today)).start, -1));
  const accounts = await ctx.db
    .selectFrom("dp_account as a")
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "a.council_id").onRef("c.id", "=", "a.child_id"))
    .leftJoin("recovery_decision as d", (j) => j.onRef("d.council_id", "=", "a.council_id").onRef("d.account_id", "=", "a.id").on("d.kind", "=", "year_end").on("d.financial_year", "=", lastYear.label))
    .select(["a.id", "c.reference"])
    .where("a.council_id", "=", ctx.councilId)
    .where("d.id", "is", null)
    .orderBy("c.reference")
    .execute();
  const entries = groupBy(
    await ctx.db.selectFrom("account_entry").select(["id", "account_id", "kind", "amount_pence", "reverses_entry_id"]).where("council_id", "=", ctx.councilId).where("occurred_on", "<=", lastYear.end).execute(),
    (e) => e.account_id,
  );
  return accounts.flatMap((a) => {
    const ledger = (entries.get(a.id) ?? []).map((e) => ({ id: e.id, kind: e.kind, amountPence: e.amount_pence, reversesEntryId: e.reverses_entry_id }));
    // Entries up to 31 March only; a reversal made after it of an earlier entry counts from its own date.
    const known = new Set(ledger.map((e) => e.id));
    const balance = computeAccountTotals(ledger.filter((e) => e.kind !== "reversal" || known.has(e.reversesEntryId ?? ""))).balancePence;
    return balance > 0 ? [{ accountId: a.id, childReference: a.reference, financialYear: lastYear.label, balanceAtYearEndPence: balance }] : [];
  });
}
