import type { Kysely } from "kysely";
import { computeAccountTotals, computeReturnDue, listReturnPeriods, type LedgerEntry } from "@pb/budgets";
import { addDays, parseIsoDate } from "@pb/calendar";
import type { DB } from "../schema";
import type { Random } from "./random";

export type DemoFinanceSummary = { accounts: number; entries: number; returns: number; reminders: number; recoveries: number };

const chunk = 500;
/** Returns missing for periods that ended longer ago than this were chased in; later ones may still be missing. */
const RECENT_DAYS = 180;

/**
 * The finance side of the demo, from the payments the story already wrote: a direct payment account
 * per child paid by direct payment, a payment-in entry for each paid instalment, quarterly returns
 * up to `today` (most families report most of what they received; a few report little, so some
 * accounts are flagged for underspend; some returns are missing, a few after reminders), and some
 * prepaid card accounts. No bank details: they need the server's key, so officers enter them.
 * Idempotent for a council that already has accounts (it then does nothing).
 */
export async function seedDemoFinance(db: Kysely<DB>, councilId: string, random: Random, today: string, financeOfficerId: string | null = null): Promise<DemoFinanceSummary> {
  const summary: DemoFinanceSummary = { accounts: 0, entries: 0, returns: 0, reminders: 0, recoveries: 0 };
  const existing = await db.selectFrom("dp_account").select("id").where("council_id", "=", councilId).limit(1).executeTakeFirst();
  if (existing) return summary;
  const paid = await db
    .selectFrom("payment as p")
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "l.council_id").onRef("b.id", "=", "l.budget_id"))
    .select(["p.id", "p.amount_pence", "p.paid_on", "p.stream", "l.id as lineId", "b.child_id"])
    .where("p.council_id", "=", councilId)
    .where("p.arrangement", "=", "direct_payment")
    .where("p.status", "=", "paid")
    .orderBy("b.child_id")
    .orderBy("p.paid_on")
    .orderBy("p.id")
    .execute();
  const byChild = new Map<string, typeof paid>();
  for (const p of paid) byChild.set(p.child_id, [...(byChild.get(p.child_id) ?? []), p]);

  const accounts: { council_id: string; id: string; child_id: string; payment_method: "bank_transfer" | "prepaid_card"; payee_reference: string | null; card_reference: string | null }[] = [];
  const entries: Record<string, unknown>[] = [];
  const returns: Record<string, unknown>[] = [];
  const returnLines: Record<string, unknown>[] = [];
  const reminders: Record<string, unknown>[] = [];
  const recoveries: Record<string, unknown>[] = [];
  let supplier = 40_000;
  for (const [childId, payments] of byChild) {
    const accountId = random.uuid();
    const firstEntry = entries.length;
    const prepaid = random.chance(0.15);
    supplier += random.int(1, 9);
    accounts.push({ council_id: councilId, id: accountId, child_id: childId, payment_method: prepaid ? "prepaid_card" : "bank_transfer", payee_reference: prepaid ? null : `SUP${supplier}`, card_reference: prepaid ? `PPC-${String(supplier).padStart(7, "0")}` : null });
    for (const p of payments) {
      entries.push({ council_id: councilId, id: random.uuid(), account_id: accountId, kind: "payment_in", amount_pence: p.amount_pence, stream: p.stream, budget_line_id: p.lineId, occurred_on: p.paid_on, payment_id: p.id, note: "Payment (before this system)" });
    }
    const first = payments[0]?.paid_on;
    if (!first) continue;
    // How this family reports: most spend nearly all; a few spend little (an underspend to look at); a
    // few have stopped sending returns lately.
    const habit = random.weighted([["steady", 7], ["low", 2], ["silent", 1]] as const);
    for (const period of listReturnPeriods("quarterly", first, today)) {
      if (period.end >= today) continue;
      const due = computeReturnDue(period.end, undefined);
      // The officers chased the missing returns of long ago until they came in: the backlog is recent.
      const chasedIn = period.end < addDays(parseIsoDate(today), -RECENT_DAYS);
      const onTime = (habit !== "silent" || chasedIn) && random.chance(habit === "steady" ? 0.9 : 0.75);
      const received = onTime || chasedIn;
      if (!received) {
        // Reminders stop at the policy's default two, when the return is escalated to the case officer.
        const sent = due < today ? random.int(0, 2) : 0;
        for (let k = 1; k <= sent; k++) reminders.push({ council_id: councilId, id: random.uuid(), account_id: accountId, period_start: period.start, sent_on: addDays(parseIsoDate(due), 7 * k) });
        continue;
      }
      const inPeriod = payments.filter((p) => p.paid_on !== null && p.paid_on >= period.start && p.paid_on <= period.end);
      const receivedOn = addDays(parseIsoDate(period.end), onTime ? random.int(5, 40) : random.int(45, 120));
      if (receivedOn > today) continue;
      const returnId = random.uuid();
      returns.push({ council_id: councilId, id: returnId, account_id: accountId, period_start: period.start, period_end: period.end, due_on: due, received_on: receivedOn, closing_balance_reported_pence: null, notes: "" });
      const byLine = new Map<string, { stream: string; pence: number }>();
      for (const p of inPeriod) byLine.set(p.lineId, { stream: p.stream, pence: (byLine.get(p.lineId)?.pence ?? 0) + p.amount_pence });
      for (const [lineId, got] of byLine) {
        const share = habit === "steady" ? random.int(95, 100) : random.int(20, 60);
        const spent = Math.floor((got.pence * share) / 100);
        returnLines.push({ council_id: councilId, id: random.uuid(), return_id: returnId, budget_line_id: lineId, spent_pence: spent });
        if (spent > 0) entries.push({ council_id: councilId, id: random.uuid(), account_id: accountId, kind: "spending", amount_pence: spent, stream: got.stream, budget_line_id: lineId, occurred_on: period.end, return_id: returnId, note: `Return for ${period.label}` });
      }
    }
    // This account's entries are the ones pushed since it was opened.
    recoverWhenEnded({ councilId, accountId, payments, entries, accountEntries: entries.slice(firstEntry), recoveries, today, financeOfficerId, newId: random.uuid });
  }
  // Order matters: entries point at returns.
  for (let i = 0; i < accounts.length; i += chunk) await db.insertInto("dp_account").values(accounts.slice(i, i + chunk)).execute();
  for (let i = 0; i < returns.length; i += chunk) await db.insertInto("dp_return").values(returns.slice(i, i + chunk) as never).execute();
  for (let i = 0; i < returnLines.length; i += chunk) await db.insertInto("return_line").values(returnLines.slice(i, i + chunk) as never).execute();
  for (let i = 0; i < reminders.length; i += chunk) await db.insertInto("return_reminder").values(reminders.slice(i, i + chunk) as never).execute();
  for (let i = 0; i < recoveries.length; i += chunk) await db.insertInto("recovery_decision").values(recoveries.slice(i, i + chunk) as never).execute();
  for (let i = 0; i < entries.length; i += chunk) await db.insertInto("account_entry").values(entries.slice(i, i + chunk) as never).execute();
  return { accounts: accounts.length, entries: entries.length, returns: returns.length, reminders: reminders.length, recoveries: recoveries.length };
}

/** How long after its last payment a direct payment that has stopped has its unspent money recovered. */
const RECOVER_AFTER_DAYS = 120;

/**
 * A direct payment that stopped paying long ago (the budget ended or was ceased) had what was left on
 * each of its lines recovered by invoice, after a decision with reasons, as the council would: so
 * "no direct payment in force" flags are the recent endings, not every ending since the records began.
 */
function recoverWhenEnded(a: {
  councilId: string;
  accountId: string;
  payments: readonly { paid_on: string | null }[];
  entries: Record<string, unknown>[];
  accountEntries: readonly Record<string, unknown>[];
  recoveries: Record<string, unknown>[];
  today: string;
  financeOfficerId: string | null;
  newId: () => string;
}): void {
  const lastPaid = a.payments.reduce((last, p) => (p.paid_on && p.paid_on > last ? p.paid_on : last), "");
  if (!lastPaid) return;
  const decidedOn = addDays(parseIsoDate(lastPaid), RECOVER_AFTER_DAYS);
  if (decidedOn >= a.today) return;
  const asLedger = (e: Record<string, unknown>): LedgerEntry => ({ id: String(e.id), kind: e.kind as LedgerEntry["kind"], amountPence: Number(e.amount_pence), reversesEntryId: null });
  const byLine = new Map<string, { stream: string; entries: LedgerEntry[] }>();
  for (const e of a.accountEntries) {
    const line = byLine.get(String(e.budget_line_id)) ?? { stream: String(e.stream), entries: [] };
    line.entries.push(asLedger(e));
    byLine.set(String(e.budget_line_id), line);
  }
  const balance = computeAccountTotals(a.accountEntries.map(asLedger)).balancePence;
  for (const [lineId, line] of byLine) {
    const left = computeAccountTotals(line.entries).balancePence;
    if (left <= 0) continue;
    const decisionId = a.newId();
    a.recoveries.push({
      council_id: a.councilId, id: decisionId, account_id: a.accountId, budget_line_id: lineId, kind: "underspend", financial_year: null,
      decided_on: decidedOn, balance_pence: balance, threshold_pence: 0, contingency_pence: 0, planned_pence: 0, recover_pence: left, method: "invoice",
      reasons: "The direct payment has ended, so the money left from it is no longer needed for the agreed support and is recovered.",
      letter_sent_on: decidedOn, decided_by: a.financeOfficerId,
    });
    a.entries.push({ council_id: a.councilId, id: a.newId(), account_id: a.accountId, kind: "recovery", amount_pence: left, stream: line.stream, budget_line_id: lineId, occurred_on: decidedOn, recovery_decision_id: decisionId, note: "Recovered by invoice: the direct payment ended" });
  }
}
