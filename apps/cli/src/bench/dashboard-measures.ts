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

export function nationalMeasures(): DashboardMeasure[] {
  return [spendByStream()];
}

export function countyMeasures(): DashboardMeasure[] {
  return nationalMeasures();
}
