import { sql } from "kysely";
import type { DashboardMeasure } from "./dashboards";

// The dashboards' queries as the console calls them, for the financial year before the data sets'
// "today" (31 October 2026), each beside the plain GROUP BY over the raw rows that gives its figures.
const YEAR = { financialYear: "2025-26", from: "2025-04-01", to: "2026-03-31" } as const;

function spendByStream(): DashboardMeasure {
  return {
    name: "spend by stream and month",
    path: "dashboard.spendByStream",
    input: { financialYear: YEAR.financialYear },
    baseline: {
      name: "GROUP BY month, stream over payment",
      query: (councilId) => sql`select to_char(paid_on, 'YYYY-MM') as month, stream, sum(amount_pence)::bigint as pence from payment
        where council_id = ${councilId} and status = 'paid' and paid_on between ${YEAR.from} and ${YEAR.to} group by 1, 2 order by 1, 2`,
    },
  };
}

const FILTER = { period: { kind: "financial_year", label: YEAR.financialYear } } as const;

function uptake(): DashboardMeasure {
  return {
    name: "uptake: budgets in force, requests by outcome, days to decide",
    path: "dashboard.uptake",
    input: FILTER,
    baseline: {
      name: "GROUP BY month received, outcome over pb_request, request_line, decision",
      query: (councilId) => sql`select to_char(r.received_on, 'YYYY-MM') as month,
          case when bool_and(d.outcome = 'approved') then 'approved' when bool_and(d.outcome = 'refused') then 'refused' else 'other' end as outcome,
          count(distinct r.id)::int as requests, percentile_disc(0.5) within group (order by d.decided_on - r.received_on) as median_days
        from pb_request r join request_line q on q.council_id = r.council_id and q.request_id = r.id
        left join decision d on d.council_id = q.council_id and d.request_line_id = q.id
        where r.council_id = ${councilId} and r.received_on between ${YEAR.from} and ${YEAR.to} group by r.id, 1`,
    },
  };
}

function cessations(): DashboardMeasure {
  return {
    name: "cessations by reason, stream and month",
    path: "dashboard.cessations",
    input: FILTER,
    baseline: {
      name: "GROUP BY month, reason, stream over cessation and budget_line",
      query: (councilId) => sql`select to_char(s.decided_on, 'YYYY-MM') as month, s.reason_code, l.stream, count(distinct s.id)::int as n
        from cessation s join budget_line l on l.council_id = s.council_id and l.budget_id = s.budget_id
        where s.council_id = ${councilId} and s.decided_on between ${YEAR.from} and ${YEAR.to} group by 1, 2, 3`,
    },
  };
}

function policyReview(): DashboardMeasure {
  return {
    name: "policy review: paid, committed, requests and endings per policy version",
    path: "dashboard.policyReview",
    input: FILTER,
    baseline: {
      name: "GROUP BY policy version in force over payment",
      query: (councilId) => sql`select v.id, sum(p.amount_pence)::bigint as pence from payment p
        left join lateral (select id from policy_version where council_id = p.council_id and status = 'published' and effective_from <= p.paid_on
          order by effective_from desc, version_number desc limit 1) v on true
        where p.council_id = ${councilId} and p.status = 'paid' and p.paid_on between ${YEAR.from} and ${YEAR.to} group by 1`,
    },
  };
}

function drilldown(): DashboardMeasure {
  return {
    name: "drill-down: the payments behind one month's paid bar",
    path: "dashboard.drilldown",
    listing: true,
    input: { ...FILTER, target: { measure: "paid", month: "2025-10" }, limit: 500 },
    baseline: {
      name: "SELECT the month's paid payments over payment, budget_line, budget, child",
      query: (councilId) => sql`select p.id, c.reference, p.amount_pence from payment p
        join budget_line l on l.council_id = p.council_id and l.id = p.budget_line_id
        join budget b on b.council_id = l.council_id and b.id = l.budget_id join child c on c.council_id = b.council_id and c.id = b.child_id
        where p.council_id = ${councilId} and p.status = 'paid' and p.paid_on between '2025-10-01' and '2025-10-31' order by p.paid_on, c.reference, p.id limit 500`,
    },
  };
}

export function nationalMeasures(): DashboardMeasure[] {
  return [spendByStream(), uptake(), cessations(), policyReview(), drilldown()];
}

export function countyMeasures(): DashboardMeasure[] {
  return nationalMeasures();
}
