import { sql, type Kysely, type Transaction } from "kysely";
import type { DB } from "../schema";

/** One figure of the reconciliation for a month ("YYYY-MM") and stream; absent figures are 0. */
export type FinanceReconciliationRow = {
  month: string;
  stream: string;
  scheduledPence?: number;
  paidPence?: number;
  paidInPence?: number;
  reversedPence?: number;
  spentPence?: number;
  recoveredPence?: number;
};

/**
 * The raw figures behind finance's reconciliation, per calendar month and stream, for [from, to]:
 * scheduled by due date (cancelled left out); paid by paid date, exactly as getPaidSpendByMonthAndStream
 * sums it (so the dashboards' spend agrees); and from the direct payment accounts, money paid in, payments
 * reversed, spending reported and money recovered (each net of their own reversals) by the date of the entry. Merge them with buildReconciliation (@pb/budgets).
 */
export async function getFinanceReconciliationRows(
  db: Kysely<DB> | Transaction<DB>,
  params: { councilId: string; from: string; to: string },
): Promise<FinanceReconciliationRow[]> {
  const { councilId, from, to } = params;
  const scheduled = await sql<{ month: string; stream: string; pence: number }>`
    select to_char(due_on, 'YYYY-MM') as month, stream, sum(amount_pence)::bigint as pence from payment
    where council_id = ${councilId} and status <> 'cancelled' and due_on between ${from} and ${to} group by 1, 2`.execute(db);
  const paid = await sql<{ month: string; stream: string; pence: number }>`
    select to_char(paid_on, 'YYYY-MM') as month, stream, sum(amount_pence)::bigint as pence from payment
    where council_id = ${councilId} and status = 'paid' and paid_on between ${from} and ${to} group by 1, 2`.execute(db);
  // Entries: spending and recoveries count positive, their reversals negative; payment reversals on their own.
  const entries = await sql<{ month: string; stream: string; figure: "paidInPence" | "reversedPence" | "spentPence" | "recoveredPence"; pence: number }>`
    select to_char(e.occurred_on, 'YYYY-MM') as month, e.stream,
      case when e.kind = 'reversal' then case t.kind when 'payment_in' then 'reversedPence' when 'spending' then 'spentPence' else 'recoveredPence' end
           when e.kind = 'payment_in' then 'paidInPence' when e.kind = 'spending' then 'spentPence' else 'recoveredPence' end as figure,
      sum(case when e.kind = 'reversal' and t.kind <> 'payment_in' then -e.amount_pence else e.amount_pence end)::bigint as pence
    from account_entry e left join account_entry t on t.council_id = e.council_id and t.id = e.reverses_entry_id
    where e.council_id = ${councilId} and e.kind in ('payment_in', 'spending', 'recovery', 'reversal') and e.occurred_on between ${from} and ${to}
    group by 1, 2, 3`.execute(db);
  const out: FinanceReconciliationRow[] = [];
  for (const r of scheduled.rows) out.push({ month: r.month, stream: r.stream, scheduledPence: Number(r.pence) });
  for (const r of paid.rows) out.push({ month: r.month, stream: r.stream, paidPence: Number(r.pence) });
  for (const r of entries.rows) out.push({ month: r.month, stream: r.stream, [r.figure]: Number(r.pence) });
  return out;
}
