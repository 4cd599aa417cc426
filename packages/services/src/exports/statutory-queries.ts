import { sql } from "kysely";
import type { BudgetMixCount } from "@pb/reports";
import type { CouncilTransaction } from "@pb/db";
import { budgetInForce, lineInForce } from "./return-queries";

export type Sen2ChildRow = {
  childId: string;
  reference: string;
  dateOfBirth: string;
  planStatus: string;
  planIssuedOn: string | null;
  lines: { stream: string; arrangement: string }[];
};

/**
 * Children with an issued EHC plan (final, at annual review or re-assessment; not a draft, not
 * ceased; issued by the census date) and a personal budget whose lines run on the census date, with
 * that plan and those lines. A plan recorded as issued but with no issue date is returned too, so
 * that validation names the child rather than the file leaving them out silently.
 */
export async function listSen2Children(db: CouncilTransaction, councilId: string, censusDate: string): Promise<Sen2ChildRow[]> {
  const result = await sql<{ child_id: string; reference: string; date_of_birth: string; status: string; issued_on: string | null; lines: { stream: string; arrangement: string }[] }>`
    with plans as (
      select distinct on (p.child_id) p.child_id, p.status, p.issued_on
      from plan p
      where p.council_id = ${councilId} and p.type = 'ehcp' and p.status in ('final', 'annual_review', 'reassessment')
        and (p.issued_on is null or p.issued_on <= ${censusDate}::date)
      order by p.child_id, p.issued_on desc nulls first, p.created_at desc
    ),
    lines as (
      select b.child_id, jsonb_agg(distinct jsonb_build_object('stream', l.stream, 'arrangement', l.arrangement)) as lines
      from budget b
      join budget_line l on l.council_id = b.council_id and l.budget_id = b.id
      where b.council_id = ${councilId} and ${budgetInForce(censusDate)} and ${lineInForce(censusDate)}
      group by b.child_id
    )
    select c.id as child_id, c.reference, c.date_of_birth, plans.status, plans.issued_on, lines.lines
    from lines
    join plans on plans.child_id = lines.child_id
    join child c on c.council_id = ${councilId} and c.id = lines.child_id
    order by c.reference`.execute(db);
  return result.rows.map((r) => ({
    childId: r.child_id, reference: r.reference, dateOfBirth: r.date_of_birth, planStatus: r.status, planIssuedOn: r.issued_on,
    lines: typeof r.lines === "string" ? (JSON.parse(r.lines) as Sen2ChildRow["lines"]) : r.lines,
  }));
}

type YearMixRow = { direct_payment: boolean; organised: boolean; third_party: boolean; children: number };

/**
 * Children who had a health stream line running on any day from `from` to `to` (the financial year
 * to a quarter's end), by how their lines were held over that span: the NHS's "year to date".
 */
export async function countHealthBudgetsInSpan(db: CouncilTransaction, councilId: string, from: string, to: string): Promise<Pick<BudgetMixCount, "directPayment" | "organised" | "thirdParty" | "children">[]> {
  const result = await sql<YearMixRow>`
    with per_child as (
      select b.child_id,
        bool_or(l.arrangement = 'direct_payment') as direct_payment, bool_or(l.arrangement = 'organised') as organised,
        bool_or(l.arrangement = 'third_party') as third_party
      from budget b
      join budget_line l on l.council_id = b.council_id and l.budget_id = b.id
      where b.council_id = ${councilId} and l.stream = 'health'
        and l.starts_on <= ${to}::date and l.ends_on >= ${from}::date
        and b.starts_on <= ${to}::date and (b.ends_on is null or b.ends_on >= ${from}::date)
        and (b.ceased_on is null or b.ceased_on >= ${from}::date)
        and (b.ceased_on is null or l.starts_on <= b.ceased_on)
      group by b.child_id
    )
    select direct_payment, organised, third_party, count(*)::int as children from per_child group by 1, 2, 3`.execute(db);
  return result.rows.map((r) => ({ directPayment: r.direct_payment, organised: r.organised, thirdParty: r.third_party, children: Number(r.children) }));
}
