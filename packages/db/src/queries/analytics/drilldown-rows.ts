import { bindSql, type AnalyticsDb, type AnalyticsFilter } from "./analytics-filter";
import { buildDrilldownHits, drilldownAnchor, drilldownValueKind, type DrilldownCell, type DrilldownMeasure } from "./drilldown-hits";

// Each list names the child by reference only: the people who drill down need no names.
const CHILD_OF_BUDGET = "join child c on c.council_id = b.council_id and c.id = b.child_id";
const LINES_OF = (budget: string) =>
  `(select string_agg(l2.stream || ': ' || l2.service || ' (' || l2.arrangement || ')', '; ' order by l2.stream, l2.service)
    from budget_line l2 where l2.council_id = ${budget}.council_id and l2.budget_id = ${budget}.id)`;

/**
 * How each anchor's rows are listed: the anchor table and alias, the order of a page (on the anchor's
 * own columns, so that a page is chosen before anything else is joined), and what is joined to the
 * page's rows to show them.
 */
type ListShape = { table: string; alias: string; order: string; columns: string; joins: string };

const LISTS: Record<string, ListShape> = {
  payment: {
    table: "payment", alias: "p", order: "coalesce(p.paid_on, p.due_on), p.id",
    columns: `p.id, c.reference as "childReference", p.due_on as "dueOn", p.paid_on as "paidOn", p.status, p.stream, p.arrangement, l.service,
      p.amount_pence as "amountPence"`,
    joins: `join budget_line l on l.council_id = p.council_id and l.id = p.budget_line_id
      join budget b on b.council_id = l.council_id and b.id = l.budget_id ${CHILD_OF_BUDGET}`,
  },
  budget_line: {
    table: "budget_line", alias: "l", order: "l.starts_on, l.id",
    columns: `l.id, c.reference as "childReference", l.stream, l.arrangement, l.service, l.frequency, l.annual_amount_pence as "annualAmountPence",
      l.starts_on as "startsOn", l.ends_on as "endsOn", b.ceased_on as "ceasedOn"`,
    joins: `join budget b on b.council_id = l.council_id and b.id = l.budget_id ${CHILD_OF_BUDGET}`,
  },
  budget: {
    table: "budget", alias: "b", order: "b.starts_on, b.id",
    columns: `b.id, c.reference as "childReference", b.starts_on as "startsOn", b.ends_on as "endsOn", b.ceased_on as "ceasedOn", ${LINES_OF("b")} as lines`,
    joins: CHILD_OF_BUDGET,
  },
  pb_request: {
    table: "pb_request", alias: "q", order: "q.received_on, q.id",
    columns: `q.id, c.reference as "childReference", q.received_on as "receivedOn", q.stage, h.outcome,
      case when h.days_to_decision >= 0 then h.days_to_decision end as "daysToDecision",
      (select string_agg(r.stream || ': ' || r.service || ' (' || r.arrangement || ')', '; ' order by r.line_no)
        from request_line r where r.council_id = q.council_id and r.request_id = q.id) as lines`,
    joins: "join child c on c.council_id = q.council_id and c.id = q.child_id",
  },
  cessation: {
    table: "cessation", alias: "s", order: "s.decided_on, s.id",
    columns: `s.id, c.reference as "childReference", s.decided_on as "decidedOn", s.reason_code as "reasonCode", s.last_payment_on as "lastPaymentOn",
      ${LINES_OF("b")} as lines`,
    joins: `join budget b on b.council_id = s.council_id and b.id = s.budget_id ${CHILD_OF_BUDGET}`,
  },
  disagreement: {
    table: "disagreement", alias: "g", order: "g.received_on, g.id",
    columns: `g.id, c.reference as "childReference", g.received_on as "receivedOn", coalesce(g.outcome, 'pending') as outcome, g.outcome_on as "outcomeOn",
      g.decision_deadline_on as "decisionDeadlineOn", r.stream, r.service`,
    joins: `join decision d on d.council_id = g.council_id and d.id = g.decision_id
      join request_line r on r.council_id = d.council_id and r.id = d.request_line_id
      join pb_request q on q.council_id = r.council_id and q.id = r.request_id
      join child c on c.council_id = q.council_id and c.id = q.child_id`,
  },
  decision_exception: {
    table: "decision_exception", alias: "e", order: "e.decided_on, e.id",
    columns: `e.id, c.reference as "childReference", e.decided_on as "decidedOn", e.reason_code as "reasonCode", r.stream, r.arrangement, r.service`,
    joins: `join request_line r on r.council_id = e.council_id and r.id = e.request_line_id
      join pb_request q on q.council_id = r.council_id and q.id = r.request_id
      join child c on c.council_id = q.council_id and c.id = q.child_id`,
  },
  review: {
    table: "review", alias: "v", order: "v.due_on, v.id",
    columns: `v.id, c.reference as "childReference", v.kind, v.due_on as "dueOn", v.held_on as "heldOn", coalesce(v.outcome, 'not_held') as outcome`,
    joins: "join child c on c.council_id = v.council_id and c.id = v.child_id",
  },
};

export type DrilldownRow = Record<string, string | number | null> & { id: string; childReference: string };
/**
 * `total`: how many rows; `valueTotal`: the sum of every row's `value` (its share of the figure
 * clicked: pence for money, a count otherwise), which equals the figure itself.
 */
export type DrilldownPage = { anchor: string; valueKind: "pence" | "count"; rows: DrilldownRow[]; total: number; valueTotal: number };

/** One page of the rows behind a dashboard cell, in a stable order, with how many there are in all. */
export async function listDrilldownRows(
  db: AnalyticsDb,
  params: { measure: DrilldownMeasure; filter: AnalyticsFilter; cell: DrilldownCell; limit: number; offset: number },
): Promise<DrilldownPage> {
  const anchor = drilldownAnchor(params.measure);
  const list = LISTS[anchor];
  if (!list) throw new Error(`no drill-down list for ${anchor}`);
  const hits = buildDrilldownHits(params.measure, params.filter, params.cell);
  const anchorOf = (rel: string) => `join ${list.table} ${list.alias} on ${list.alias}.council_id = {{council}}::uuid and ${list.alias}.id = ${rel}.rx_anchor`;
  // The page is chosen from the hits and the anchor table alone, and only its rows are joined to what
  // shows them: a month's payments run to thousands, a page to hundreds.
  const text = `${hits.text},
    rx_page as (select h.* from rx_hits h ${anchorOf("h")} order by ${list.order} limit {{limit}} offset {{offset}}),
    rx_totals as materialized (select count(*)::int as rx_total, coalesce(sum(rx_value), 0)::bigint as rx_sum from rx_hits)
    select ${list.columns}, h.rx_value as value, t.rx_total, t.rx_sum
    from rx_totals t cross join rx_page h ${anchorOf("h")} ${list.joins}
    order by ${list.order}`;
  const result = await bindSql<DrilldownRow & { rx_total: number; rx_sum: number | string }>(text, { ...hits.values, limit: params.limit, offset: params.offset }).execute(db);
  const first = result.rows[0];
  const counted = first ? { n: first.rx_total, sum: Number(first.rx_sum) } : params.offset > 0 ? await countHits(db, hits) : { n: 0, sum: 0 };
  return {
    anchor,
    valueKind: drilldownValueKind(params.measure),
    rows: result.rows.map(({ rx_total: _total, rx_sum: _sum, ...row }) => ({ ...row, value: Number(row.value) }) as DrilldownRow),
    total: counted.n,
    valueTotal: counted.sum,
  };
}

/** The count and sum alone, for a page past the end. */
async function countHits(db: AnalyticsDb, hits: { text: string; values: Record<string, unknown> }): Promise<{ n: number; sum: number }> {
  const result = await bindSql<{ n: number; sum: string | number }>(`${hits.text} select count(*)::int as n, coalesce(sum(rx_value), 0)::bigint as sum from rx_hits`, hits.values).execute(db);
  return { n: result.rows[0]?.n ?? 0, sum: Number(result.rows[0]?.sum ?? 0) };
}
