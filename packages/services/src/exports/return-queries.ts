import { sql } from "kysely";
import type { BudgetMixCount } from "@pb/reports";
import type { CouncilTransaction } from "@pb/db";

type MixRow = { education: boolean; social_care: boolean; health: boolean; transport: boolean; direct_payment: boolean; organised: boolean; third_party: boolean; children: number };

// A budget is in force on a day when it has started, has not ended or ceased, and no budget that
// supersedes it has started yet; "issued" EHC plans are those past draft and not ceased.
export const budgetInForce = (date: string) => sql`
  b.starts_on <= ${date}::date and (b.ends_on is null or b.ends_on >= ${date}::date)
  and (b.ceased_on is null or b.ceased_on >= ${date}::date)
  and not exists (select 1 from budget s where s.council_id = b.council_id and s.supersedes_budget_id = b.id and s.starts_on <= ${date}::date)`;
// A line counts on the days it runs (a one-off on its own day), as in the uptake dashboard's census:
// a budget's one-off direct payment in April does not make it a direct payment in January.
export const lineInForce = (date: string) => sql`l.starts_on <= ${date}::date and l.ends_on >= ${date}::date`;
const issuedEhcp = (date: string) => sql`
  p.type = 'ehcp' and p.status in ('final', 'annual_review', 'reassessment') and p.issued_on <= ${date}::date`;

function toMix(r: MixRow): BudgetMixCount {
  return {
    education: r.education, socialCare: r.social_care, health: r.health, transport: r.transport,
    directPayment: r.direct_payment, organised: r.organised, thirdParty: r.third_party, children: Number(r.children),
  };
}

/**
 * Children with a personal budget in force on a date, counted by what their budgets' lines running
 * that day hold (which streams, which arrangements): at most 128 groups, however many children.
 */
export async function countBudgetMixes(db: CouncilTransaction, councilId: string, date: string, scope: "ehcp" | "health"): Promise<BudgetMixCount[]> {
  const scoped = scope === "ehcp"
    ? sql`and exists (select 1 from plan p where p.council_id = b.council_id and p.child_id = b.child_id and ${issuedEhcp(date)})`
    : sql`and l.stream = 'health'`;
  const result = await sql<MixRow>`
    with per_child as (
      select b.child_id,
        bool_or(l.stream = 'education') as education, bool_or(l.stream = 'social_care') as social_care,
        bool_or(l.stream = 'health') as health, bool_or(l.stream = 'transport') as transport,
        bool_or(l.arrangement = 'direct_payment') as direct_payment, bool_or(l.arrangement = 'organised') as organised,
        bool_or(l.arrangement = 'third_party') as third_party
      from budget b
      join budget_line l on l.council_id = b.council_id and l.budget_id = b.id
      where b.council_id = ${councilId} and ${budgetInForce(date)} and ${lineInForce(date)} ${scoped}
      group by b.child_id
    )
    select education, social_care, health, transport, direct_payment, organised, third_party, count(*)::int as children
    from per_child group by 1, 2, 3, 4, 5, 6, 7`.execute(db);
  return result.rows.map(toMix);
}

/** EHC plans issued and not ceased on the date, one per child. */
export async function countIssuedEhcps(db: CouncilTransaction, councilId: string, date: string): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(distinct p.child_id)::int as n from plan p where p.council_id = ${councilId} and ${issuedEhcp(date)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

export type DirectPaymentSpendByYear = { startYear: number; stream: string; amountPence: number; children: number };

/** Direct payments paid between two dates, by financial year (by the date paid) and stream. */
export async function sumDirectPaymentsByYear(db: CouncilTransaction, councilId: string, from: string, to: string): Promise<DirectPaymentSpendByYear[]> {
  const result = await sql<{ start_year: number; stream: string; amount_pence: number; children: number }>`
    select (extract(year from pay.paid_on) - case when extract(month from pay.paid_on) < 4 then 1 else 0 end)::int as start_year,
      pay.stream, sum(pay.amount_pence)::bigint as amount_pence, count(distinct b.child_id)::int as children
    from payment pay
    join budget_line l on l.council_id = pay.council_id and l.id = pay.budget_line_id
    join budget b on b.council_id = l.council_id and b.id = l.budget_id
    where pay.council_id = ${councilId} and pay.status = 'paid' and pay.arrangement = 'direct_payment'
      and pay.paid_on between ${from}::date and ${to}::date
    group by 1, 2`.execute(db);
  return result.rows.map((r) => ({ startYear: Number(r.start_year), stream: r.stream, amountPence: Number(r.amount_pence), children: Number(r.children) }));
}
