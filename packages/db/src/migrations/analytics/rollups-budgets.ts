import { policyAt, signatureOf, withoutKeys, type RollupDefinition } from "./reader";

// An EHC plan counts from the day it was issued while it is final, at annual review or being
// re-assessed; a draft or ceased plan does not (the plan table keeps no history of its status).
const ISSUED_EHCP = "p.type = 'ehcp' and p.status in ('final', 'annual_review', 'reassessment') and p.issued_on is not null";

const budgetsOfChildren = (rel: string, childId: string) =>
  `select b.council_id, b.id from ${rel} x join budget b on b.council_id = x.council_id and b.child_id = ${childId}`;

/**
 * Personal budgets in force on each month's last day (a census), with what their lines in force
 * hold, whether the child had an issued EHC plan that day, and who receives a direct payment (the
 * latest agreement's recipient). A budget counts while at least one of its lines is in force.
 */
export const BUDGET_CENSUS_ROLLUP: RollupDefinition = {
  table: "analytics_budget_month",
  window: "a.starts_on <= {{to}}::date and (a.ends_on is null or a.ends_on >= {{from}}::date) and (a.ceased_on is null or a.ceased_on >= {{from}}::date)",
  anchor: "budget",
  keys: [
    { name: "council_id", type: "uuid" },
    { name: "month", type: "date" },
    { name: "age_band", type: "text" },
    { name: "policy_version_id", type: "uuid" },
    { name: "has_ehcp", type: "boolean" },
    { name: "signature", type: "text[]" },
    { name: "recipient", type: "text" },
  ],
  measures: [{ name: "budgets", type: "integer" }],
  select: (r) => `select a.council_id, lm.month, analytics_age_band(c.date_of_birth, lm.month_end), pv.policy_version_id,
      coalesce(eh.first_issued <= lm.month_end, false), lm.signature,
      case when lm.has_dp then coalesce(ag.recipient, 'not_recorded') else 'none' end, 1, a.id
    from ${r.anchors}
    join lateral ${r.rows("child", "c", "c.council_id = a.council_id and c.id = a.child_id")} on true
    cross join lateral (select min(s.starts_on) as next_start
      from ${r.rows("budget", "s", "s.council_id = a.council_id and s.supersedes_budget_id = a.id")}) sup
    cross join lateral (select least(coalesce(a.ends_on, 'infinity'::date), coalesce(a.ceased_on, 'infinity'::date),
      coalesce(sup.next_start - 1, 'infinity'::date)) as e_on) sp
    cross join lateral (
      select m.month, m.month_end, ${signatureOf("l")} as signature, bool_or(l.arrangement = 'direct_payment') as has_dp
      from ${r.rows("budget_line", "l", "l.council_id = a.council_id and l.budget_id = a.id")}
      cross join lateral (select gs::date as month, (gs + interval '1 month' - interval '1 day')::date as month_end
        from generate_series(analytics_month(greatest(l.starts_on, a.starts_on))::timestamp,
          analytics_month(least(l.ends_on, sp.e_on))::timestamp, interval '1 month') gs) m
      where greatest(l.starts_on, a.starts_on) <= m.month_end and least(l.ends_on, sp.e_on) >= m.month_end
      group by m.month, m.month_end
    ) lm
    cross join lateral (select min(p.issued_on) as first_issued
      from ${r.rows("plan", "p", `p.council_id = a.council_id and p.child_id = a.child_id and ${ISSUED_EHCP}`)}) eh
    left join lateral (select g.recipient
      from ${r.rows("agreement", "g", "g.council_id = a.council_id and g.budget_id = a.id")}
      order by g.signed_on desc, g.created_at desc, g.id desc limit 1) ag on true
    ${policyAt("a", "lm.month_end")}`,
  sources: {
    budget: {
      columns: ["child_id", "starts_on", "ends_on", "ceased_on", "supersedes_budget_id"],
      anchors: (rel) => `select council_id, id from ${rel} union select council_id, supersedes_budget_id from ${rel} where supersedes_budget_id is not null`,
    },
    budget_line: { columns: ["budget_id", "stream", "arrangement", "service", "starts_on", "ends_on"], anchors: (rel) => `select council_id, budget_id from ${rel}` },
    child: { columns: ["date_of_birth"], anchors: (rel) => budgetsOfChildren(rel, "x.id") },
    plan: { columns: ["child_id", "type", "status", "issued_on"], anchors: (rel) => budgetsOfChildren(rel, "x.child_id") },
    agreement: { columns: ["budget_id", "recipient", "signed_on", "created_at"], anchors: (rel) => `select council_id, budget_id from ${rel}` },
  },
};

/** The census without the lines' signatures: what the uptake dashboard reads when no stream, arrangement or service is asked for. */
export const BUDGET_TOTAL_ROLLUP: RollupDefinition = withoutKeys(BUDGET_CENSUS_ROLLUP, "analytics_budget_total_month", ["signature"]);

/**
 * Children with an issued EHC plan, by the month of their earliest one and the month they were born
 * (with a flag for 29 February, who turn a year older on 1 March in other years): enough to count
 * the EHC plans in force at any month's end, by age band, without a row per child per month.
 */
export const EHCP_ROLLUP: RollupDefinition = {
  table: "analytics_ehcp_month",
  window: "true",
  anchor: "child",
  keys: [
    { name: "council_id", type: "uuid" },
    { name: "issued_month", type: "date" },
    { name: "birth_month", type: "date" },
    { name: "leap_day_birth", type: "boolean" },
  ],
  measures: [{ name: "children", type: "integer" }],
  select: (r) => `select a.council_id, analytics_month(e.first_issued), analytics_month(a.date_of_birth),
      (extract(month from a.date_of_birth) = 2 and extract(day from a.date_of_birth) = 29), 1, a.id
    from ${r.anchors}
    cross join lateral (select min(p.issued_on) as first_issued
      from ${r.rows("plan", "p", `p.council_id = a.council_id and p.child_id = a.id and ${ISSUED_EHCP}`)}) e
    where e.first_issued is not null`,
  sources: {
    child: { columns: ["date_of_birth"], anchors: (rel) => `select council_id, id from ${rel}` },
    plan: { columns: ["child_id", "type", "status", "issued_on"], anchors: (rel) => `select council_id, child_id from ${rel}` },
  },
};

/** EHC plans by the month first issued alone: what the uptake dashboard counts unless it is narrowed by age band. */
export const EHCP_ISSUED_ROLLUP: RollupDefinition = withoutKeys(EHCP_ROLLUP, "analytics_ehcp_issued_month", ["birth_month", "leap_day_birth"]);
