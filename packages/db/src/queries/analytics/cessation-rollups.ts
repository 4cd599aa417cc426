import { sql } from "kysely";
import { monthColumn, whereRollup, type AnalyticsDb, type AnalyticsFilter } from "./analytics-filter";

export type CessationRollupRow = { month: string; policyVersionId: string; reasonCode: string; signature: string[]; cessations: number };

/** Cessations by month decided and reason, with the lines of each budget that ceased (to count them by stream). */
export async function getCessationRollupRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<CessationRollupRow[]> {
  const result = await sql<CessationRollupRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", reason_code as "reasonCode", signature, sum(cessations)::int as cessations
    from analytics_cessation_month r where ${whereRollup(f, "signature")}
    group by r.month, 2, 3, 4 having sum(cessations) <> 0 order by r.month, 2, 3, 4`.execute(db);
  return result.rows;
}

export type DisagreementRollupRow = { month: string; policyVersionId: string; stream: string; outcome: string; disagreements: number; withinDeadline: number };

/** Disagreements (requests for a decision to be reviewed) by month received, stream and outcome so far. */
export async function getDisagreementRollupRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<DisagreementRollupRow[]> {
  const result = await sql<DisagreementRollupRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", stream, outcome,
      sum(disagreements)::int as disagreements, sum(within_deadline)::int as "withinDeadline"
    from analytics_disagreement_month r where ${whereRollup(f, "columns")}
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
