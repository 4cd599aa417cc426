import { policyAt, signatureOf, withoutKeys, type Column, type RollupDefinition } from "./reader";

const council: Column = { name: "council_id", type: "uuid" };
const month: Column = { name: "month", type: "date" };
const ageBand: Column = { name: "age_band", type: "text" };
const policy: Column = { name: "policy_version_id", type: "uuid" };
const signature: Column = { name: "signature", type: "text[]" };

const requestsOfChildren = (rel: string) => `select q.council_id, q.id from ${rel} x join pb_request q on q.council_id = x.council_id and q.child_id = x.id`;
const disagreementsOfLines = (rel: string) =>
  `select g.council_id, g.id from ${rel} y join decision d on d.council_id = y.council_id and d.request_line_id = y.id
   join disagreement g on g.council_id = d.council_id and g.decision_id = d.id`;
const linesOfRequests = (rel: string) => `select r.council_id, r.id from ${rel} x join request_line r on r.council_id = x.council_id and r.request_id = x.id`;

/**
 * Requests by the month received, with what they asked for and where they stand: withdrawn; pending
 * while any line waits for a decision; else approved (every line's current decision approved as
 * asked), refused (every line refused) or partly approved. Days to decision: from receipt to the
 * day the last line was first decided.
 */
export const REQUEST_ROLLUP: RollupDefinition = {
  table: "analytics_request_month",
  window: "a.received_on between {{from}}::date and {{to}}::date",
  anchor: "pb_request",
  keys: [council, month, ageBand, policy, signature, { name: "outcome", type: "text" }, { name: "days_to_decision", type: "integer" }],
  measures: [{ name: "requests", type: "integer" }],
  select: (r) => `select a.council_id, analytics_month(a.received_on), analytics_age_band(c.date_of_birth, a.received_on), pv.policy_version_id,
      coalesce(rl.signature, '{}'::text[]), oc.outcome,
      case when oc.outcome in ('approved', 'partly_approved', 'refused') then rl.decided_on - a.received_on else -1 end, 1, a.id
    from ${r.anchors}
    join lateral ${r.rows("child", "c", "c.council_id = a.council_id and c.id = a.child_id")} on true
    cross join lateral (
      select ${signatureOf("q")} as signature, count(*) as lines, count(dl.first_on) as decided,
        bool_and(dl.outcome = 'approved') as all_approved, bool_and(dl.outcome = 'refused') as all_refused, max(dl.first_on) as decided_on
      from ${r.rows("request_line", "q", "q.council_id = a.council_id and q.request_id = a.id")}
      left join lateral (
        select min(d.decided_on) as first_on,
          (array_agg(d.outcome order by d.decided_on desc, d.created_at desc, d.id desc) filter (where not exists (select 1
            from ${r.rows("decision", "s", "s.council_id = d.council_id and s.supersedes_decision_id = d.id")})))[1] as outcome
        from ${r.rows("decision", "d", "d.council_id = q.council_id and d.request_line_id = q.id")}
      ) dl on true
    ) rl
    cross join lateral (select case when a.status = 'withdrawn' then 'withdrawn'
      when rl.lines = 0 or rl.decided < rl.lines then 'pending'
      when rl.all_approved then 'approved' when rl.all_refused then 'refused' else 'partly_approved' end as outcome) oc
    ${policyAt("a", "a.received_on")}`,
  sources: {
    pb_request: { columns: ["child_id", "received_on", "status"], anchors: (rel) => `select council_id, id from ${rel}` },
    request_line: { columns: ["request_id", "stream", "arrangement", "service"], anchors: (rel) => `select council_id, request_id from ${rel}` },
    decision: {
      columns: ["request_line_id", "outcome", "decided_on", "supersedes_decision_id", "created_at"],
      anchors: (rel) => `select r.council_id, r.request_id from ${rel} x join request_line r on r.council_id = x.council_id and r.id = x.request_line_id`,
    },
    child: { columns: ["date_of_birth"], anchors: requestsOfChildren },
  },
};

/** Cessations by the month decided and reason, with every line of the budget that ceased. */
export const CESSATION_ROLLUP: RollupDefinition = {
  table: "analytics_cessation_month",
  window: "a.decided_on between {{from}}::date and {{to}}::date",
  anchor: "cessation",
  keys: [council, month, { name: "reason_code", type: "text" }, ageBand, policy, signature],
  measures: [{ name: "cessations", type: "integer" }],
  select: (r) => `select a.council_id, analytics_month(a.decided_on), a.reason_code, analytics_age_band(c.date_of_birth, a.decided_on),
      pv.policy_version_id, coalesce(sig.signature, '{}'::text[]), 1, a.id
    from ${r.anchors}
    join lateral ${r.rows("budget", "b", "b.council_id = a.council_id and b.id = a.budget_id")} on true
    join lateral ${r.rows("child", "c", "c.council_id = b.council_id and c.id = b.child_id")} on true
    cross join lateral (select ${signatureOf("l")} as signature
      from ${r.rows("budget_line", "l", "l.council_id = b.council_id and l.budget_id = b.id")}) sig
    ${policyAt("a", "a.decided_on")}`,
  sources: {
    cessation: { columns: ["budget_id", "reason_code", "decided_on"], anchors: (rel) => `select council_id, id from ${rel}` },
    budget: { columns: ["child_id"], anchors: (rel) => `select s.council_id, s.id from ${rel} x join cessation s on s.council_id = x.council_id and s.budget_id = x.id` },
    budget_line: {
      columns: ["budget_id", "stream", "arrangement", "service"],
      anchors: (rel) => `select s.council_id, s.id from ${rel} x join cessation s on s.council_id = x.council_id and s.budget_id = x.budget_id`,
    },
    child: {
      columns: ["date_of_birth"],
      anchors: (rel) => `select s.council_id, s.id from ${rel} x join budget b on b.council_id = x.council_id and b.child_id = x.id
        join cessation s on s.council_id = b.council_id and s.budget_id = b.id`,
    },
  },
};

/**
 * Disagreements (T7: the family asks for a decision to be reviewed) by the month received, with
 * the request line the decision was about and the outcome so far; within_deadline counts those
 * settled on or before the council's deadline.
 */
export const DISAGREEMENT_ROLLUP: RollupDefinition = {
  table: "analytics_disagreement_month",
  window: "a.received_on between {{from}}::date and {{to}}::date",
  anchor: "disagreement",
  keys: [council, month, { name: "stream", type: "text" }, { name: "arrangement", type: "text" }, { name: "service", type: "text" }, ageBand, policy, { name: "outcome", type: "text" }],
  measures: [{ name: "disagreements", type: "integer" }, { name: "within_deadline", type: "integer" }],
  select: (r) => `select a.council_id, analytics_month(a.received_on), q.stream, q.arrangement, q.service,
      analytics_age_band(c.date_of_birth, a.received_on), pv.policy_version_id, coalesce(a.outcome, 'pending'), 1,
      case when a.outcome_on is not null and a.outcome_on <= a.decision_deadline_on then 1 else 0 end, a.id
    from ${r.anchors}
    join lateral ${r.rows("decision", "d", "d.council_id = a.council_id and d.id = a.decision_id")} on true
    join lateral ${r.rows("request_line", "q", "q.council_id = d.council_id and q.id = d.request_line_id")} on true
    join lateral ${r.rows("pb_request", "k", "k.council_id = q.council_id and k.id = q.request_id")} on true
    join lateral ${r.rows("child", "c", "c.council_id = k.council_id and c.id = k.child_id")} on true
    ${policyAt("a", "a.received_on")}`,
  sources: {
    disagreement: {
      columns: ["decision_id", "received_on", "outcome", "outcome_on", "decision_deadline_on"],
      anchors: (rel) => `select council_id, id from ${rel}`,
    },
    decision: { columns: ["request_line_id"], anchors: (rel) => `select g.council_id, g.id from ${rel} x join disagreement g on g.council_id = x.council_id and g.decision_id = x.id` },
    request_line: { columns: ["request_id", "stream", "arrangement", "service"], anchors: disagreementsOfLines },
    pb_request: { columns: ["child_id"], anchors: (rel) => disagreementsOfLines(`(${linesOfRequests(rel)})`) },
    child: { columns: ["date_of_birth"], anchors: (rel) => disagreementsOfLines(`(${linesOfRequests(`(${requestsOfChildren(rel)})`)})`) },
  },
};

/** Budget reviews by the month due, kind and outcome ('not_held' until held), with the budget's lines. */
export const REVIEW_ROLLUP: RollupDefinition = {
  table: "analytics_review_month",
  window: "a.due_on between {{from}}::date and {{to}}::date",
  anchor: "review",
  keys: [council, month, { name: "kind", type: "text" }, { name: "outcome", type: "text" }, ageBand, policy, signature],
  measures: [{ name: "reviews", type: "integer" }, { name: "held_on_time", type: "integer" }],
  select: (r) => `select a.council_id, analytics_month(a.due_on), a.kind, coalesce(a.outcome, 'not_held'),
      analytics_age_band(c.date_of_birth, a.due_on), pv.policy_version_id, coalesce(sig.signature, '{}'::text[]), 1,
      case when a.held_on is not null and a.held_on <= a.due_on then 1 else 0 end, a.id
    from ${r.anchors}
    join lateral ${r.rows("child", "c", "c.council_id = a.council_id and c.id = a.child_id")} on true
    cross join lateral (select ${signatureOf("l")} as signature
      from ${r.rows("budget_line", "l", "l.council_id = a.council_id and l.budget_id = a.budget_id")}) sig
    ${policyAt("a", "a.due_on")}`,
  sources: {
    review: { columns: ["child_id", "budget_id", "kind", "due_on", "held_on", "outcome"], anchors: (rel) => `select council_id, id from ${rel}` },
    budget_line: {
      columns: ["budget_id", "stream", "arrangement", "service"],
      anchors: (rel) => `select v.council_id, v.id from ${rel} x join review v on v.council_id = x.council_id and v.budget_id = x.budget_id`,
    },
    child: { columns: ["date_of_birth"], anchors: (rel) => `select v.council_id, v.id from ${rel} x join review v on v.council_id = x.council_id and v.child_id = x.id` },
  },
};

// Migration 0009: the cessations dashboard's usual question (no line or age band asked for) from a
// few rows a month instead of one per budget ended: the cessation rollup keeps every budget's mix of
// lines, and sending those arrays cost most of the dashboard's time.

/** Cessations by month and reason alone. */
export const CESSATION_REASON_ROLLUP: RollupDefinition = withoutKeys(CESSATION_ROLLUP, "analytics_cessation_reason_month", ["age_band", "signature"]);

/** Cessations by month and funding stream: a budget counts once in each stream its lines had. */
export const CESSATION_STREAM_ROLLUP: RollupDefinition = {
  table: "analytics_cessation_stream_month",
  window: CESSATION_ROLLUP.window,
  anchor: "cessation",
  keys: [council, month, { name: "stream", type: "text" }, policy],
  measures: [{ name: "cessations", type: "integer" }],
  select: (r) => `select a.council_id, analytics_month(a.decided_on), st.stream, pv.policy_version_id, 1, a.id
    from ${r.anchors}
    cross join lateral (select distinct l.stream from ${r.rows("budget_line", "l", "l.council_id = a.council_id and l.budget_id = a.budget_id")}) st
    ${policyAt("a", "a.decided_on")}`,
  sources: {
    cessation: { columns: ["budget_id", "decided_on"], anchors: (rel) => `select council_id, id from ${rel}` },
    budget_line: {
      columns: ["budget_id", "stream"],
      anchors: (rel) => `select s.council_id, s.id from ${rel} x join cessation s on s.council_id = x.council_id and s.budget_id = x.budget_id`,
    },
  },
};

/** Disagreements by month, stream and outcome alone. */
export const DISAGREEMENT_STREAM_ROLLUP: RollupDefinition = withoutKeys(DISAGREEMENT_ROLLUP, "analytics_disagreement_stream_month", ["arrangement", "service", "age_band"]);

// Migration 0012: the rules a panel sets aside (issue 17), for the policy review.

const exceptionsOfLines = (rel: string) => `select e.council_id, e.id from ${rel} y join decision_exception e on e.council_id = y.council_id and e.request_line_id = y.id`;

/**
 * Exceptions to the council's own policy recorded with approvals, by the month decided, the rule set
 * aside (the check's reason code) and the policy version whose rule it was (the version the line was
 * checked by, not the one in force on the month), with the line asked for.
 */
export const EXCEPTION_ROLLUP: RollupDefinition = {
  table: "analytics_exception_month",
  window: "a.decided_on between {{from}}::date and {{to}}::date",
  anchor: "decision_exception",
  keys: [council, month, { name: "reason_code", type: "text" }, { name: "stream", type: "text" }, { name: "arrangement", type: "text" }, { name: "service", type: "text" }, ageBand, policy],
  measures: [{ name: "exceptions", type: "integer" }],
  select: (r) => `select a.council_id, analytics_month(a.decided_on), a.reason_code, q.stream, q.arrangement, q.service,
      analytics_age_band(c.date_of_birth, a.decided_on), a.policy_version_id, 1, a.id
    from ${r.anchors}
    join lateral ${r.rows("request_line", "q", "q.council_id = a.council_id and q.id = a.request_line_id")} on true
    join lateral ${r.rows("pb_request", "k", "k.council_id = q.council_id and k.id = q.request_id")} on true
    join lateral ${r.rows("child", "c", "c.council_id = k.council_id and c.id = k.child_id")} on true`,
  sources: {
    decision_exception: { columns: ["request_line_id", "reason_code", "decided_on", "policy_version_id"], anchors: (rel) => `select council_id, id from ${rel}` },
    request_line: { columns: ["request_id", "stream", "arrangement", "service"], anchors: exceptionsOfLines },
    pb_request: { columns: ["child_id"], anchors: (rel) => exceptionsOfLines(`(${linesOfRequests(rel)})`) },
    child: { columns: ["date_of_birth"], anchors: (rel) => exceptionsOfLines(`(${linesOfRequests(`(${requestsOfChildren(rel)})`)})`) },
  },
};

/**
 * Migration 0017: a review with no deadline (the policy sets no time limit for the council's decision) is
 * never late, so once settled it counts as settled within the deadline; the same table and keys.
 */
export const DISAGREEMENT_ROLLUP_0017: RollupDefinition = {
  ...DISAGREEMENT_ROLLUP,
  select: (r) =>
    DISAGREEMENT_ROLLUP.select(r).replace(
      "case when a.outcome_on is not null and a.outcome_on <= a.decision_deadline_on then 1 else 0 end",
      "case when a.outcome_on is not null and (a.decision_deadline_on is null or a.outcome_on <= a.decision_deadline_on) then 1 else 0 end",
    ),
};
export const DISAGREEMENT_STREAM_ROLLUP_0017: RollupDefinition = withoutKeys(DISAGREEMENT_ROLLUP_0017, "analytics_disagreement_stream_month", ["arrangement", "service", "age_band"]);
