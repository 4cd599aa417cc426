import { sql } from "kysely";
import { monthColumn, pickRollup, whereRollup, type AnalyticsDb, type AnalyticsFilter } from "./analytics-filter";

export type BudgetCensusRow = { month: string; policyVersionId: string; hasEhcp: boolean; recipient: string; budgets: number };

/**
 * Personal budgets in force at each month's end, by whether the child had an EHC plan and who receives
 * a direct payment. Without a stream, arrangement or service asked for, from the census without line
 * signatures (a row per cell rather than per mix of lines).
 */
export async function getBudgetCensusRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<BudgetCensusRow[]> {
  const { table, narrow } = pickRollup(f, "analytics_budget_month", "analytics_budget_total_month");
  const result = await sql<BudgetCensusRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", has_ehcp as "hasEhcp", recipient, sum(budgets)::int as budgets
    from ${table} r where ${whereRollup(f, narrow ? "none" : "signature")}
    group by r.month, 2, 3, 4 having sum(budgets) <> 0 order by r.month, 2, 3, 4`.execute(db);
  return result.rows;
}

/**
 * Children with an issued EHC plan on the last day of each month ("YYYY-MM", in order), in an age
 * band if asked, in one round trip. The birth month gives the exact age on a month's last day;
 * 29 February is its own case. Without a band, from the plans counted by month issued alone, added
 * up to each month, so the work does not grow with the number of children.
 */
export async function countEhcpsAtMonthEnds(db: AnalyticsDb, params: { councilId: string; months: readonly string[]; ageBand?: string }): Promise<{ month: string; ehcps: number }[]> {
  if (params.months.length === 0) return [];
  const months = params.months.map((m) => `${m}-01`);
  const last = months.reduce((a, b) => (a > b ? a : b));
  const result = params.ageBand
    ? await sql<{ month: string; n: number }>`
        select to_char(m.month, 'YYYY-MM') as month, coalesce(sum(e.children), 0)::int as n
        from unnest(${months}::date[]) as m(month)
        left join analytics_ehcp_month e on e.council_id = ${params.councilId}::uuid and e.issued_month <= m.month
          and analytics_age_band(case when e.leap_day_birth then e.birth_month + 28 else e.birth_month end, (m.month + interval '1 month' - interval '1 day')::date) = ${params.ageBand}
        group by m.month order by m.month`.execute(db)
    : await sql<{ month: string; n: number }>`
        with issued as (
          select issued_month, children from analytics_ehcp_issued_month
          where council_id = ${params.councilId}::uuid and issued_month <= ${last}::date
        )
        select to_char(m.month, 'YYYY-MM') as month, coalesce(sum(i.children), 0)::int as n
        from unnest(${months}::date[]) as m(month)
        left join issued i on i.issued_month <= m.month
        group by m.month order by m.month`.execute(db);
  const byMonth = new Map(result.rows.map((r) => [r.month, Number(r.n)]));
  return params.months.map((month) => ({ month, ehcps: byMonth.get(month) ?? 0 }));
}

export type RequestRollupRow = { month: string; policyVersionId: string; outcome: string; daysToDecision: number; requests: number };

/** Requests by month received and where they stand; days to decision is -1 until decided. */
export async function getRequestRollupRows(db: AnalyticsDb, f: AnalyticsFilter): Promise<RequestRollupRow[]> {
  const result = await sql<RequestRollupRow>`
    select ${monthColumn} as month, policy_version_id as "policyVersionId", outcome, days_to_decision as "daysToDecision", sum(requests)::int as requests
    from analytics_request_month r where ${whereRollup(f, "signature")}
    group by r.month, 2, 3, 4 having sum(requests) <> 0 order by r.month, 2, 3, 4`.execute(db);
  return result.rows;
}
