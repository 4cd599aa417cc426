import { sql } from "kysely";
import { monthColumn, pickRollup, whereRollup, type AnalyticsDb, type AnalyticsFilter } from "./analytics-filter";

export type SpendRollupRow = {
  month: string;
  stream: string;
  arrangement: string;
  policyVersionId: string;
  scheduledPence: number;
  scheduledCount: number;
  paidPence: number;
  paidCount: number;
};

/** Scheduled (by month due) and paid (by month paid), per month ("YYYY-MM"), stream, arrangement and policy version. */
export async function getSpendRollupRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<SpendRollupRow[]> {
  const result = await sql<SpendRollupRow>`
    select ${monthColumn} as month, stream, arrangement, policy_version_id as "policyVersionId",
      sum(scheduled_pence)::bigint as "scheduledPence", sum(scheduled_count)::int as "scheduledCount",
      sum(paid_pence)::bigint as "paidPence", sum(paid_count)::int as "paidCount"
    from ${pickRollup(f, "analytics_spend_month", "analytics_spend_stream_month").table} r where ${whereRollup(f, "columns")}
    group by r.month, 2, 3, 4 having sum(scheduled_count) <> 0 or sum(paid_count) <> 0 order by r.month, 2, 3, 4`.execute(db);
  return result.rows;
}

export type CommitmentRollupRow = {
  month: string;
  stream: string;
  arrangement: string;
  policyVersionId: string;
  committedPence: number;
  inForceAnnualPence: number;
  inForceLines: number;
};

/** Committed (annual amounts shared over the days in force) and lines in force at each month's end. */
export async function getCommitmentRollupRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<CommitmentRollupRow[]> {
  const result = await sql<CommitmentRollupRow>`
    select ${monthColumn} as month, stream, arrangement, policy_version_id as "policyVersionId",
      sum(committed_pence)::bigint as "committedPence", sum(in_force_annual_pence)::bigint as "inForceAnnualPence",
      sum(in_force_lines)::int as "inForceLines"
    from ${pickRollup(f, "analytics_commitment_month", "analytics_commitment_stream_month").table} r where ${whereRollup(f, "columns")}
    group by r.month, 2, 3, 4 having sum(committed_pence) <> 0 or sum(in_force_lines) <> 0 order by r.month, 2, 3, 4`.execute(db);
  return result.rows;
}
