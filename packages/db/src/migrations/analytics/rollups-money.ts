import { policyAt, withoutKeys, type Column, type Reader, type RollupDefinition } from "./reader";

export const MONEY_KEYS: readonly Column[] = [
  { name: "council_id", type: "uuid" },
  { name: "month", type: "date" },
  { name: "stream", type: "text" },
  { name: "arrangement", type: "text" },
  { name: "service", type: "text" },
  { name: "age_band", type: "text" },
  { name: "policy_version_id", type: "uuid" },
];

const paymentsOfLines = (rel: string) =>
  `select p.council_id, p.id from ${rel} x join payment p on p.council_id = x.council_id and p.budget_line_id = x.id`;
const linesOfBudgets = (rel: string, budgetId = "x.id") =>
  `select l.council_id, l.id from ${rel} x join budget_line l on l.council_id = x.council_id and l.budget_id = ${budgetId}`;
const budgetsOfChildren = (rel: string, childId = "x.id") =>
  `select b.council_id, b.id from ${rel} x join budget b on b.council_id = x.council_id and b.child_id = ${childId}`;

// Each payment contributes twice: scheduled (every instalment not cancelled) by the month it is due,
// and paid by the month it was paid. `joins` go between the payment and these contributions.
const paymentContributions = (r: Reader, keys: string, joins: string) => `select a.council_id, e.month, ${keys}, pv.policy_version_id,
      e.scheduled_pence, e.scheduled_count, e.paid_pence, e.paid_count, a.id
    from ${r.anchors}
    ${joins}
    cross join (values (true), (false)) k (scheduled)
    cross join lateral (select case when k.scheduled then a.due_on else a.paid_on end as on_date) d
    cross join lateral (select analytics_month(d.on_date) as month,
      case when k.scheduled then a.amount_pence else 0 end as scheduled_pence, case when k.scheduled then 1 else 0 end as scheduled_count,
      case when k.scheduled then 0 else a.amount_pence end as paid_pence, case when k.scheduled then 0 else 1 end as paid_count) e
    ${policyAt("a", "d.on_date")}
    where case when k.scheduled then a.status <> 'cancelled' else a.status = 'paid' end`;

const SPEND_MEASURES: readonly Column[] = [
  { name: "scheduled_pence", type: "bigint" },
  { name: "scheduled_count", type: "integer" },
  { name: "paid_pence", type: "bigint" },
  { name: "paid_count", type: "integer" },
];

/**
 * Payments: scheduled (every instalment not cancelled) by the month it is due, paid by the month it
 * was paid; stream and arrangement as the payment row holds them, as finance's reconciliation sums them.
 */
export const SPEND_ROLLUP: RollupDefinition = {
  table: "analytics_spend_month",
  window: "(a.due_on between {{from}}::date and {{to}}::date or a.paid_on between {{from}}::date and {{to}}::date)",
  anchor: "payment",
  keys: MONEY_KEYS,
  measures: SPEND_MEASURES,
  select: (r) => paymentContributions(r, "a.stream, a.arrangement, l.service, analytics_age_band(c.date_of_birth, d.on_date)",
    `join lateral ${r.rows("budget_line", "l", "l.council_id = a.council_id and l.id = a.budget_line_id")} on true
    join lateral ${r.rows("budget", "b", "b.council_id = l.council_id and b.id = l.budget_id")} on true
    join lateral ${r.rows("child", "c", "c.council_id = b.council_id and c.id = b.child_id")} on true`),
  sources: {
    payment: {
      columns: ["budget_line_id", "stream", "arrangement", "due_on", "paid_on", "amount_pence", "status"],
      anchors: (rel) => `select council_id, id from ${rel}`,
    },
    budget_line: { columns: ["budget_id", "service"], anchors: paymentsOfLines },
    budget: {
      columns: ["child_id"],
      anchors: (rel) => `select p.council_id, p.id from (${linesOfBudgets(rel)}) x join payment p on p.council_id = x.council_id and p.budget_line_id = x.id`,
    },
    child: {
      columns: ["date_of_birth"],
      anchors: (rel) =>
        `select p.council_id, p.id from (${budgetsOfChildren(rel)}) y join budget_line l on l.council_id = y.council_id and l.budget_id = y.id
         join payment p on p.council_id = l.council_id and p.budget_line_id = l.id`,
    },
  },
};

/**
 * Budget lines in force, month by month. A line is in force from the later of its own and its
 * budget's start to the earliest of its end, its budget's end, the day its budget ceased and the day
 * before a budget that supersedes it starts. Committed: the line's annual amount shared over the
 * days it is in force (a year from its start commits exactly the annual amount; one-off lines count
 * in full where they start). In force: the annual amounts and count of lines in force on the
 * month's last day. Age on the first day counted.
 */
export const COMMITMENT_ROLLUP: RollupDefinition = {
  table: "analytics_commitment_month",
  window: "a.starts_on <= {{to}}::date and a.ends_on >= {{from}}::date",
  anchor: "budget_line",
  keys: MONEY_KEYS,
  measures: [
    { name: "committed_pence", type: "bigint" },
    { name: "in_force_annual_pence", type: "bigint" },
    { name: "in_force_lines", type: "integer" },
  ],
  select: (r) => `select a.council_id, sg.month, a.stream, a.arrangement, a.service,
      analytics_age_band(c.date_of_birth, sg.seg_start), sg.policy_version_id,
      case when a.frequency = 'one_off' then case when sg.seg_start = sp.s_on then a.annual_amount_pence else 0 end
        else analytics_share(a.annual_amount_pence, sp.s_on, sg.seg_end) - analytics_share(a.annual_amount_pence, sp.s_on, sg.seg_start - 1) end,
      case when sg.seg_end = sg.month_end then a.annual_amount_pence else 0 end,
      case when sg.seg_end = sg.month_end then 1 else 0 end, a.id
    from ${r.anchors}
    join lateral ${r.rows("budget", "b", "b.council_id = a.council_id and b.id = a.budget_id")} on true
    join lateral ${r.rows("child", "c", "c.council_id = b.council_id and c.id = b.child_id")} on true
    cross join lateral (select min(s.starts_on) as next_start
      from ${r.rows("budget", "s", "s.council_id = b.council_id and s.supersedes_budget_id = b.id")}) sup
    cross join lateral (select greatest(a.starts_on, b.starts_on) as s_on,
      least(a.ends_on, coalesce(b.ends_on, a.ends_on), coalesce(b.ceased_on, a.ends_on), coalesce(sup.next_start - 1, a.ends_on)) as e_on) sp
    cross join lateral (
      select m.month, m.month_end, pv.policy_version_id,
        greatest(sp.s_on, m.month, pv.from_on) as seg_start, least(sp.e_on, m.month_end, pv.until_on - 1) as seg_end
      from (select gs::date as month, (gs + interval '1 month' - interval '1 day')::date as month_end
            from generate_series(analytics_month(sp.s_on)::timestamp, analytics_month(sp.e_on)::timestamp, interval '1 month') gs) m
      join rx_pi pv on pv.council_id = a.council_id and pv.from_on <= m.month_end and pv.until_on > m.month
    ) sg
    where sp.s_on <= sp.e_on and sg.seg_start <= sg.seg_end`,
  sources: {
    budget_line: {
      columns: ["budget_id", "stream", "arrangement", "service", "annual_amount_pence", "frequency", "starts_on", "ends_on"],
      anchors: (rel) => `select council_id, id from ${rel}`,
    },
    budget: {
      columns: ["child_id", "starts_on", "ends_on", "ceased_on", "supersedes_budget_id"],
      anchors: (rel) => `${linesOfBudgets(rel)} union ${linesOfBudgets(rel, "x.supersedes_budget_id")}`,
    },
    child: {
      columns: ["date_of_birth"],
      anchors: (rel) => `select l.council_id, l.id from (${budgetsOfChildren(rel)}) y join budget_line l on l.council_id = y.council_id and l.budget_id = y.id`,
    },
  },
};

/** Spend by stream and arrangement alone, as migration 0007 made it: the spend rollup's query, summed without service and age band. */
export const SPEND_STREAM_ROLLUP_0007: RollupDefinition = withoutKeys(SPEND_ROLLUP, "analytics_spend_stream_month", ["service", "age_band"]);

/**
 * Spend by stream and arrangement alone (migration 0010): what the spend and policy review dashboards
 * read unless narrowed by service or age band. The same cells as 0007's, from the payments alone: its
 * triggers and its drill-downs no longer join each payment to its line, budget and child.
 */
export const SPEND_STREAM_ROLLUP: RollupDefinition = {
  table: "analytics_spend_stream_month",
  window: SPEND_ROLLUP.window,
  anchor: "payment",
  keys: MONEY_KEYS.filter((k) => k.name !== "service" && k.name !== "age_band"),
  measures: SPEND_MEASURES,
  select: (r) => paymentContributions(r, "a.stream, a.arrangement", ""),
  sources: {
    payment: { columns: ["stream", "arrangement", "due_on", "paid_on", "amount_pence", "status"], anchors: (rel) => `select council_id, id from ${rel}` },
  },
};

/** Commitment by stream and arrangement alone, for the same dashboards. */
export const COMMITMENT_STREAM_ROLLUP: RollupDefinition = withoutKeys(COMMITMENT_ROLLUP, "analytics_commitment_stream_month", ["service", "age_band"]);
