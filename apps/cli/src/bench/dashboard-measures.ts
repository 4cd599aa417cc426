import { sql } from "kysely";
import type { DashboardMeasure } from "./dashboards";

// The dashboards' queries as the console calls them, for the financial year before the data sets'
// "today" (31 October 2026), each beside the plain GROUP BY over the raw rows that gives its figures.
const YEAR = { financialYear: "2025-26", from: "2025-04-01", to: "2026-03-31", priorFrom: "2024-04-01" } as const;

const FILTER = { period: { kind: "financial_year", label: YEAR.financialYear } } as const;

function spend(): DashboardMeasure {
  return {
    name: "spend: committed, scheduled and paid by month, stream and arrangement, with a year earlier",
    path: "dashboard.spend",
    input: FILTER,
    baseline: {
      // The year and the one before: scheduled by month due and paid by month paid over the payments,
      // committed by each line's annual amount shared over the days it was in force in each month.
      name: "GROUP BY month, stream, arrangement over payment (scheduled, paid) and budget_line with budget (committed), this year and a year earlier",
      query: (councilId) => sql`with months as (select gs::date as m, (gs + interval '1 month' - interval '1 day')::date as me
          from generate_series(${YEAR.priorFrom}::date, ${YEAR.to}::date, interval '1 month') gs),
        spans as (select l.stream, l.arrangement, l.frequency, l.annual_amount_pence as a, greatest(l.starts_on, b.starts_on) as s_on,
            least(l.ends_on, coalesce(b.ends_on, l.ends_on), coalesce(b.ceased_on, l.ends_on),
              coalesce((select min(s.starts_on) from budget s where s.council_id = b.council_id and s.supersedes_budget_id = b.id) - 1, l.ends_on)) as e_on
          from budget_line l join budget b on b.council_id = l.council_id and b.id = l.budget_id
          where l.council_id = ${councilId} and l.starts_on <= ${YEAR.to} and l.ends_on >= ${YEAR.priorFrom})
      select 'committed' as measure, to_char(m.m, 'YYYY-MM') as month, stream, arrangement,
        sum(case when frequency = 'one_off' then case when s_on between m.m and m.me then a else 0 end
          else analytics_share(a, s_on, least(e_on, m.me)) - analytics_share(a, s_on, greatest(s_on, m.m) - 1) end)::bigint as pence
        from spans join months m on s_on <= m.me and e_on >= m.m where s_on <= e_on group by 2, 3, 4
      union all
      select 'scheduled', to_char(due_on, 'YYYY-MM'), stream, arrangement, sum(amount_pence)::bigint from payment
        where council_id = ${councilId} and status <> 'cancelled' and due_on between ${YEAR.priorFrom} and ${YEAR.to} group by 2, 3, 4
      union all
      select 'paid', to_char(paid_on, 'YYYY-MM'), stream, arrangement, sum(amount_pence)::bigint from payment
        where council_id = ${councilId} and status = 'paid' and paid_on between ${YEAR.priorFrom} and ${YEAR.to} group by 2, 3, 4`,
    },
  };
}

// The month ends of the year, for the census figures (what was in force on each month's last day).
const MONTH_ENDS = sql`select (gs + interval '1 month' - interval '1 day')::date as month_end
  from generate_series(${YEAR.from}::date, ${YEAR.to}::date, interval '1 month') gs`;

function uptake(): DashboardMeasure {
  return {
    name: "uptake: budgets in force, requests by outcome, days to decide",
    path: "dashboard.uptake",
    input: FILTER,
    baseline: {
      // Each of the dashboard's figures from the raw rows: budgets in force and issued EHC plans at
      // each month's end, and requests by month received and outcome with the days taken to decide.
      name: "GROUP BY month over budget and budget_line (in force), plan (EHC plans), pb_request, request_line and decision (outcome, days)",
      query: (councilId) => sql`with months as (${MONTH_ENDS}),
        per_request as (select r.id, to_char(r.received_on, 'YYYY-MM') as month,
            case when bool_and(d.outcome = 'approved') then 'approved' when bool_and(d.outcome = 'refused') then 'refused'
              when bool_or(d.outcome is null) then 'pending' else 'partly_approved' end as outcome,
            max(d.decided_on) - r.received_on as days
          from pb_request r join request_line q on q.council_id = r.council_id and q.request_id = r.id
          left join decision d on d.council_id = q.council_id and d.request_line_id = q.id
          where r.council_id = ${councilId} and r.received_on between ${YEAR.from} and ${YEAR.to} group by r.id, r.received_on)
        select month, outcome as figure, count(*)::int as n, percentile_disc(0.5) within group (order by days) as median_days
          from per_request group by 1, 2
        union all
        select to_char(m.month_end, 'YYYY-MM'), case when l.arrangement = 'direct_payment' then 'in force, direct payment' else 'in force' end,
            count(distinct b.id)::int, null
          from months m join budget b on b.council_id = ${councilId} and b.starts_on <= m.month_end
            and (b.ends_on is null or b.ends_on >= m.month_end) and (b.ceased_on is null or b.ceased_on >= m.month_end)
          join budget_line l on l.council_id = b.council_id and l.budget_id = b.id and l.starts_on <= m.month_end and l.ends_on >= m.month_end
          group by 1, 2
        union all
        select to_char(m.month_end, 'YYYY-MM'), 'EHC plans', count(distinct p.child_id)::int, null
          from months m join plan p on p.council_id = ${councilId} and p.type = 'ehcp' and p.status in ('final', 'annual_review', 'reassessment')
            and p.issued_on <= m.month_end
          group by 1`,
    },
  };
}

function cessations(): DashboardMeasure {
  return {
    name: "cessations by reason, stream and month; disagreements by stream and outcome",
    path: "dashboard.cessations",
    input: FILTER,
    baseline: {
      // Each of the dashboard's figure families from the raw rows: budgets ended by month and reason,
      // by month and stream (a budget once in each stream of its lines), and reviews asked for by
      // month, stream and outcome with those settled by the deadline.
      name: "GROUP BY month, reason over cessation; month, stream over cessation and budget_line; month, stream, outcome over disagreement, decision and request_line",
      query: (councilId) => sql`select to_char(s.decided_on, 'YYYY-MM') as month, s.reason_code as category, null as stream, count(*)::int as n, null::int as in_time
        from cessation s where s.council_id = ${councilId} and s.decided_on between ${YEAR.from} and ${YEAR.to} group by 1, 2
        union all
        select to_char(s.decided_on, 'YYYY-MM'), null, l.stream, count(distinct s.id)::int, null
        from cessation s join budget_line l on l.council_id = s.council_id and l.budget_id = s.budget_id
        where s.council_id = ${councilId} and s.decided_on between ${YEAR.from} and ${YEAR.to} group by 1, 3
        union all
        select to_char(g.received_on, 'YYYY-MM'), coalesce(g.outcome, 'pending'), q.stream, count(*)::int,
          count(*) filter (where g.outcome_on is not null and (g.decision_deadline_on is null or g.outcome_on <= g.decision_deadline_on))::int
        from disagreement g join decision d on d.council_id = g.council_id and d.id = g.decision_id
        join request_line q on q.council_id = d.council_id and q.id = d.request_line_id
        where g.council_id = ${councilId} and g.received_on between ${YEAR.from} and ${YEAR.to} group by 1, 2, 3`,
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
  return [spend(), uptake(), cessations(), policyReview(), drilldown()];
}

export function countyMeasures(): DashboardMeasure[] {
  return nationalMeasures();
}
