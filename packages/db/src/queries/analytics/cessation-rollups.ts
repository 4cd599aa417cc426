import { sql } from "kysely";
import { bindSql, filterValues, monthColumn, pickRollup, signatureItemTests, whereRollup, type AnalyticsDb, type AnalyticsFilter } from "./analytics-filter";

export type CessationReasonRow = { month: string; policyVersionId: string; reasonCode: string; cessations: number };

/** Cessations by month decided and reason. */
export async function getCessationReasonRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<CessationReasonRow[]> {
  const result = await sql<CessationReasonRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", reason_code as "reasonCode", sum(cessations)::int as cessations
    from ${pickRollup(f, "analytics_cessation_month", "analytics_cessation_reason_month").table} r where ${whereRollup(f, "signature")}
    group by r.month, 2, 3 having sum(cessations) <> 0 order by r.month, 2, 3`.execute(db);
  return result.rows;
}

export type CessationStreamRow = { month: string; policyVersionId: string; stream: string; cessations: number };

/**
 * Cessations by month decided and funding stream: a budget counts once in each stream of its lines
 * that match the filter's line parts (so streams do not add up to the budgets ended).
 */
export async function getCessationStreamRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<CessationStreamRow[]> {
  const { table, narrow } = pickRollup(f, "analytics_cessation_month", "analytics_cessation_stream_month");
  const from = narrow
    ? sql`${table} r`
    : sql`${table} r cross join lateral (select distinct split_part(rx_i, '|', 1) as stream from unnest(r.signature) rx_i
        where ${bindSql(signatureItemTests(f, "rx_i") ?? "true", filterValues(f))}) st`;
  const result = await sql<CessationStreamRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", ${narrow ? sql`r.stream` : sql`st.stream`} as stream, sum(cessations)::int as cessations
    from ${from} where ${whereRollup(f, "signature")}
    group by r.month, 2, 3 having sum(cessations) <> 0 order by r.month, 2, 3`.execute(db);
  return result.rows;
}

export type DisagreementRollupRow = { month: string; policyVersionId: string; stream: string; outcome: string; disagreements: number; withinDeadline: number };

/** Disagreements (requests for a decision to be reviewed) by month received, stream and outcome so far. */
export async function getDisagreementRollupRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<DisagreementRollupRow[]> {
  const result = await sql<DisagreementRollupRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", stream, outcome,
      sum(disagreements)::int as disagreements, sum(within_deadline)::int as "withinDeadline"
    from ${pickRollup(f, "analytics_disagreement_month", "analytics_disagreement_stream_month").table} r where ${whereRollup(f, "columns")}
    group by r.month, 2, 3, 4 having sum(disagreements) <> 0 order by r.month, 2, 3, 4`.execute(db);
  return result.rows;
}

export type ReviewRollupRow = { month: string; policyVersionId: string; kind: string; outcome: string; reviews: number; heldOnTime: number };

/** Budget reviews by month due, kind and outcome ("not_held" until held). */
export async function getReviewRollupRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<ReviewRollupRow[]> {
  const result = await sql<ReviewRollupRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", kind, outcome,
      sum(reviews)::int as reviews, sum(held_on_time)::int as "heldOnTime"
    from analytics_review_month r where ${whereRollup(f, "signature")}
    group by r.month, 2, 3, 4 having sum(reviews) <> 0 order by r.month, 2, 3, 4`.execute(db);
  return result.rows;
}

export type ExceptionRollupRow = { month: string; policyVersionId: string; reasonCode: string; exceptions: number };

/**
 * Rules of the council's own policy the panel set aside (issue 17) by month decided and rule; the
 * version is the one whose rule it was (the line's check), so a filter by version keeps that version's rules.
 */
export async function getExceptionRollupRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<ExceptionRollupRow[]> {
  const result = await sql<ExceptionRollupRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", reason_code as "reasonCode", sum(exceptions)::int as exceptions
    from analytics_exception_month r where ${whereRollup(f, "columns")}
    group by r.month, 2, 3 having sum(exceptions) <> 0 order by r.month, 2, 3`.execute(db);
  return result.rows;
}
