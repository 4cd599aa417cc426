import { sql } from "kysely";
import { computeAccountTotals, type AccountTotals, type LedgerEntry } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";
import { NotFoundError } from "../shared/errors";

/** Makes sure each child paid by direct payment has an account; returns child id → account id. */
export async function ensureAccounts(ctx: ServiceContext, childIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(childIds)];
  if (unique.length === 0) return new Map();
  await ctx.db
    .insertInto("dp_account")
    .values(unique.map((child_id) => ({ council_id: ctx.councilId, child_id })))
    .onConflict((oc) => oc.columns(["council_id", "child_id"]).doNothing())
    .execute();
  const rows = await ctx.db.selectFrom("dp_account").select(["id", "child_id"]).where("council_id", "=", ctx.councilId).where("child_id", "in", unique).execute();
  return new Map(rows.map((r) => [r.child_id, r.id]));
}

export async function loadAccountRow(ctx: ServiceContext, accountId: string) {
  const row = await ctx.db
    .selectFrom("dp_account as a")
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "a.council_id").onRef("c.id", "=", "a.child_id"))
    .select(["a.id", "a.child_id", "a.payment_method", "a.payee_reference", "a.card_reference", "a.bank_details_last4", "a.version", "c.reference"])
    .where("a.council_id", "=", ctx.councilId)
    .where("a.id", "=", accountId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("That direct payment account");
  return row;
}

/** The account's entries, oldest first, and the totals worked out from them (no stored balance). */
export async function loadLedger(ctx: ServiceContext, accountId: string) {
  const entries = await ctx.db
    .selectFrom("account_entry")
    .select(["id", "kind", "amount_pence", "stream", "budget_line_id", "occurred_on", "payment_id", "return_id", "recovery_decision_id", "reverses_entry_id", "note", "created_at"])
    .where("council_id", "=", ctx.councilId)
    .where("account_id", "=", accountId)
    .orderBy("occurred_on")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const ledger: LedgerEntry[] = entries.map((e) => ({ id: e.id, kind: e.kind, amountPence: e.amount_pence, reversesEntryId: e.reverses_entry_id }));
  const totals: AccountTotals = computeAccountTotals(ledger);
  return { entries, totals };
}

/** The child's direct payment lines in force on a date or within the year before it. */
export async function findDirectPaymentLines(ctx: ServiceContext, childId: string, on: string) {
  return ctx.db
    .selectFrom("budget_line as l")
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "l.council_id").onRef("b.id", "=", "l.budget_id"))
    .select(["l.id", "l.stream", "l.service", "l.annual_amount_pence", "l.frequency", "l.starts_on", "l.ends_on"])
    .where("l.council_id", "=", ctx.councilId)
    .where("b.child_id", "=", childId)
    .where("l.arrangement", "=", "direct_payment")
    .where("b.status", "=", "active")
    .where("l.starts_on", "<=", on)
    .where(sql<boolean>`l.ends_on >= ${on}::date - interval '1 year'`)
    .orderBy("l.starts_on")
    .execute();
}

/** The yearly amount of lines in force on a date; a one-off counts as that year's budget for a year from its date. */
export function annualRate(lines: readonly { annual_amount_pence: number; frequency: string; starts_on: string; ends_on: string }[], on: string): number {
  const yearBefore = `${Number(on.slice(0, 4)) - 1}${on.slice(4)}`;
  const inForce = (l: (typeof lines)[number]) => l.starts_on <= on && (l.frequency === "one_off" ? l.starts_on > yearBefore : l.ends_on >= on);
  return lines.filter(inForce).reduce((s, l) => s + l.annual_amount_pence, 0);
}

/** Map.groupBy, which Node 20 lacks. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}
