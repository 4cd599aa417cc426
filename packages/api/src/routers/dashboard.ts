import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { getSpendRollupRows, listPublishedPolicyVersions, listServicesInUse, NO_POLICY_VERSION } from "@pb/db";
import { buildSpendByStream } from "@pb/reports";
import { listDashboardRows, loadCessationDashboard, openPolicyReviewDashboard, loadSpendDashboard, loadUptakeDashboard, type DashboardFilter } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { FinancialYearLabel, financialYearRange, Uuid } from "../inputs";
import { DashboardFilterInput, DrilldownInput, PolicyReviewFilterInput } from "../dashboard-inputs";

export const SpendByStreamInput = z.strictObject({ financialYear: FinancialYearLabel });

const dashboards = councilProcedure(ACCESS.dashboards);

/** The filters without the council, which the middleware has already chosen. */
function filterOf(input: z.infer<typeof DashboardFilterInput>): DashboardFilter {
  const { councilId: _councilId, ...filter } = input;
  return filter;
}

export const dashboardRouter = createRouter({
  spendByStream: dashboards
    .input(SpendByStreamInput)
    .query(async ({ ctx, input }) => {
      const { from, to } = financialYearRange(input.financialYear);
      // From the spend rollup (kept in the paying transaction), not the payments: a few hundred rows, not a million.
      const rollup = await getSpendRollupRows(ctx.db, { councilId: ctx.councilId, fromMonth: from, toMonth: `${to.slice(0, 7)}-01` });
      const paid = new Map<string, { month: string; stream: string; amountPence: number }>();
      for (const r of rollup) {
        if (r.paidCount === 0) continue;
        const key = `${r.month}|${r.stream}`;
        const row = paid.get(key) ?? { month: r.month, stream: r.stream, amountPence: 0 };
        row.amountPence += Number(r.paidPence);
        paid.set(key, row);
      }
      return buildSpendByStream(input.financialYear, [...paid.values()]);
    }),

  /** What the filters offer: the council's published policy versions and the services its budgets have used. */
  options: dashboards.input(z.strictObject({ councilId: Uuid.optional() }).optional()).query(async ({ ctx }) => ({
    councilId: ctx.councilId,
    noPolicyVersionId: NO_POLICY_VERSION,
    versions: await listPublishedPolicyVersions(ctx.db, ctx.councilId),
    services: await listServicesInUse(ctx.db, ctx.councilId),
  })),

  /** Committed, scheduled and paid by month, stream and arrangement, with the change from a year earlier. */
  spend: dashboards.input(DashboardFilterInput).query(({ ctx, input }) => loadSpendDashboard(ctx.service, filterOf(input))),

  /** Active budgets, requests and outcomes, EHC plans with a budget, direct payments by recipient, days to decide. */
  uptake: dashboards.input(DashboardFilterInput).query(({ ctx, input }) => loadUptakeDashboard(ctx.service, filterOf(input))),

  /** Budgets ended by reason, stream and month; reviews of decisions asked for and their outcomes. */
  cessations: dashboards.input(DashboardFilterInput).query(({ ctx, input }) => loadCessationDashboard(ctx.service, filterOf(input))),

  /** The same measures before and after each published policy version, side by side; with no period, over the current review cycle. */
  policyReview: dashboards.input(PolicyReviewFilterInput.optional()).query(({ ctx, input }) => {
    const { councilId: _councilId, ...filter } = input ?? {};
    return openPolicyReviewDashboard(ctx.service, filter);
  }),

  /** The rows behind one figure, each with its share of it; the shares add up to the figure. */
  drilldown: dashboards.input(DrilldownInput).query(({ ctx, input }) => {
    const { target, limit, offset, ...filter } = input;
    return listDashboardRows(ctx.service, { filter: filterOf(filter), target, limit, offset });
  }),
});
