import { sql } from "kysely";
import { bindSql, monthColumn, whereRollup, type AnalyticsDb, type AnalyticsFilter } from "./analytics-filter";

export type BudgetCensusRow = { month: string; policyVersionId: string; hasEhcp: boolean; recipient: string; budgets: number };

/** Personal budgets in force at each month's end, by whether the child had an EHC plan and who receives a direct payment. */
export async function getBudgetCensusRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<BudgetCensusRow[]> {
  const result = await sql<BudgetCensusRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", has_ehcp as "hasEhcp", recipient, sum(budgets)::int as budgets
    from analytics_budget_month where ${whereRollup(f, "signature")}
    group by 1, 2, 3, 4 having sum(budgets) <> 0 order by 1, 2, 3, 4`.execute(db);
  return result.rows;
}

/**
 * Children with an issued EHC plan on the last day of `month` ("YYYY-MM-01"), in an age band if
 * asked. The birth month gives the exact age on a month's last day; 29 February is its own case.
 */
export async function countEhcpsAtMonthEnd(db: AnalyticsDb, params: { councilId: string; month: string; ageBand?: string }): Promise<number> {
  const band = params.ageBand
    ? "and analytics_age_band(case when leap_day_birth then birth_month + 28 else birth_month end, ({{month}}::date + interval '1 month' - interval '1 day')::date) = {{ageBand}}"
    : "";
  const where = bindSql(`council_id = {{council}}::uuid and issued_month <= {{month}}::date ${band}`, { council: params.councilId, month: params.month, ageBand: params.ageBand ?? null });
  const result = await sql<{ n: number }>`select coalesce(sum(children), 0)::int as n from analytics_ehcp_month where ${where}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

export type RequestRollupRow = { month: string; policyVersionId: string; outcome: string; daysToDecision: number; requests: number };

/** Requests by month received and where they stand; days to decision is -1 until decided. */
export async function getRequestRollupRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<RequestRollupRow[]> {
  const result = await sql<RequestRollupRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", outcome, days_to_decision as "daysToDecision", sum(requests)::int as requests
    from analytics_request_month where ${whereRollup(f, "signature")}
    group by 1, 2, 3, 4 having sum(requests) <> 0 order by 1, 2, 3, 4`.execute(db);
  return result.rows;
}
