import { sql } from "kysely";
import type { PayabilityFacts } from "@pb/budgets";

// The rule lives in packages/budgets (payability.ts); payment runs, markInstalmentPaid and the budget page all use it.
export { judgePayability, type PayabilityFacts } from "@pb/budgets";

/**
 * Every fact the payability rule needs about one instalment, as one column, so that each path that
 * judges an instalment loads the same facts. The query must name the payment `p`, its budget line `l`
 * and the line's budget `b`. The agreement is the latest signed on or before the due date (T1); the
 * conditions are those of the line's request line not yet confirmed.
 */
export const payabilityFacts = sql<PayabilityFacts>`jsonb_build_object(
  'dueOn', p.due_on, 'arrangement', p.arrangement, 'budgetStatus', b.status, 'budgetCeasedOn', b.ceased_on,
  'lineStartsOn', l.starts_on, 'lineEndsOn', l.ends_on, 'lineSuspended', l.suspended, 'onSchoolPremises', l.on_school_premises,
  'agreementSignedOn', (select max(g.signed_on) from agreement g where g.council_id = b.council_id and g.budget_id = b.id and g.signed_on <= p.due_on),
  'schoolAgreementOn', (select max(g.school_agreement_on) from agreement g where g.council_id = b.council_id and g.budget_id = b.id),
  'unconfirmedConditions', coalesce((
    select jsonb_agg(k.code order by k.code) from decision d
    join decision_condition k on k.council_id = d.council_id and k.request_line_id = d.request_line_id
    where d.council_id = l.council_id and d.id = l.decision_id and k.status <> 'confirmed'
  ), '[]'::jsonb)
)`;
