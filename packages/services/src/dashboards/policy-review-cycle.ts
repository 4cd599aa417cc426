import { financialYearOf, OutsideBankHolidayDataError, parseIsoDate } from "@pb/calendar";
import { listPublishedPolicyVersions } from "@pb/db";
import { buildCyclePeriod, type DashboardPeriod, type DashboardView } from "@pb/reports";
import { findPolicyReviewCycleStart } from "@pb/reviews";
import { getPolicyInForce } from "../policy/policy-in-force";
import type { ServiceContext } from "../shared/context";
import type { DashboardFilter } from "./dashboard-filter";
import { loadPolicyReviewDashboard } from "./load-dashboards";

/**
 * What the policy review dashboard shows when no period is chosen: the current review cycle (counted
 * from the first published version by the period of the policy in force today) to today; before any
 * version took effect, the current financial year. `label` names the cycle for the page.
 */
export async function findPolicyReviewCyclePeriod(ctx: ServiceContext): Promise<{ period: DashboardPeriod; label: string | null }> {
  const versions = await listPublishedPolicyVersions(ctx.db, ctx.councilId);
  const inForce = await getPolicyInForce(ctx.db, ctx.councilId, ctx.today);
  const firstEffectiveFrom = versions[0]?.effectiveFrom ?? null;
  let start: string | null;
  try {
    start = findPolicyReviewCycleStart({ firstEffectiveFrom, period: inForce?.policy.timeLimits.policyReview, today: ctx.today });
  } catch (error) {
    // A period in working days past the bank holiday data: the cycle is then everything since the first version.
    if (!(error instanceof OutsideBankHolidayDataError)) throw error;
    start = firstEffectiveFrom;
  }
  if (start === null) return { period: { kind: "financial_year", label: financialYearOf(parseIsoDate(ctx.today)).label }, label: null };
  return buildCyclePeriod(start, ctx.today);
}

export type PolicyReviewFilter = Omit<DashboardFilter, "period"> & { period?: DashboardPeriod | undefined };

/** The policy review dashboard for the period asked for, or, when none is, for the current review cycle. */
export async function openPolicyReviewDashboard(ctx: ServiceContext, filter: PolicyReviewFilter): Promise<DashboardView> {
  const { period, ...rest } = filter;
  if (period) return loadPolicyReviewDashboard(ctx, { ...rest, period });
  const cycle = await findPolicyReviewCyclePeriod(ctx);
  const view = await loadPolicyReviewDashboard(ctx, { ...rest, period: cycle.period });
  return cycle.label ? { ...view, period: { ...view.period, label: cycle.label } } : view;
}
