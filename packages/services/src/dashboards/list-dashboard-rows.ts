import { drilldownAnchor, drilldownValueKind, listDrilldownRows, type DrilldownCell, type DrilldownMeasure, type DrilldownPage } from "@pb/db";
import { narrowToCell, type DrillTarget } from "@pb/reports";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { checkPolicyVersionFilter, resolveFilterPeriod, toAnalyticsFilter, type DashboardFilter } from "./dashboard-filter";

export type DashboardRowsInput = { filter: DashboardFilter; target: DrillTarget; limit: number; offset: number };

/**
 * The rows behind one figure of a dashboard: the dashboard's filters narrowed by the figure's cell
 * (a month of the period, a stream, an outcome…). Each row carries its share of the figure, and
 * their sum is the figure.
 */
export async function listDashboardRows(ctx: ServiceContext, input: DashboardRowsInput): Promise<DrilldownPage & { period: { fromMonth: string; toMonth: string } }> {
  const period = resolveFilterPeriod(input.filter);
  const { target } = input;
  if (target.month && !period.months.includes(target.month)) throw new ValidationError("target.month", "must be a month of the period");
  const fromMonth = target.month ?? period.fromMonth;
  const toMonth = target.month ?? period.toMonth;
  const measure = target.measure as DrilldownMeasure;
  const narrowed = narrowToCell(input.filter, target);
  // A figure of another stream than the filter's (a zero in a table by stream) has no rows behind it.
  if (!narrowed) return { anchor: drilldownAnchor(measure), valueKind: drilldownValueKind(measure), rows: [], total: 0, valueTotal: 0, period: { fromMonth, toMonth } };
  await checkPolicyVersionFilter(ctx, narrowed);
  const cell: DrilldownCell = {};
  if (target.outcome !== undefined) cell.outcome = target.outcome;
  if (target.reasonCode !== undefined) cell.reasonCode = target.reasonCode;
  if (target.recipient !== undefined) cell.recipient = target.recipient;
  if (target.hasEhcp !== undefined) cell.hasEhcp = target.hasEhcp;
  const page = await listDrilldownRows(ctx.db, {
    measure,
    filter: toAnalyticsFilter(ctx, narrowed, fromMonth, toMonth),
    cell,
    limit: input.limit,
    offset: input.offset,
  });
  return { ...page, period: { fromMonth, toMonth } };
}

