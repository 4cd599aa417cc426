import {
  countEhcpsAtMonthEnds,
  getBudgetCensusRows,
  getCessationReasonRows,
  getCessationStreamRows,
  getCommitmentRollupRows,
  getDisagreementRollupRows,
  getExceptionRollupRows,
  getRequestRollupRows,
  getSpendRollupRows,
  listPublishedPolicyVersions,
  NO_POLICY_VERSION,
} from "@pb/db";
import { buildCessationDashboard, buildPolicyReviewDashboard, buildSpendDashboard, buildUptakeDashboard, findPriorPeriod, type DashboardView } from "@pb/reports";
import { lastMonthEndedBy, parseIsoDate } from "@pb/calendar";
import type { ServiceContext } from "../shared/context";
import { checkPolicyVersionFilter, resolveFilterPeriod, toAnalyticsFilter, type DashboardFilter } from "./dashboard-filter";

export const DASHBOARD_NAMES = ["spend", "uptake", "cessations", "policy_review"] as const;
export type DashboardName = (typeof DASHBOARD_NAMES)[number];

/** Spend: committed, scheduled and paid by month, stream and arrangement, beside what was paid in the same months a year earlier. */
export async function loadSpendDashboard(ctx: ServiceContext, filter: DashboardFilter): Promise<DashboardView> {
  const period = resolveFilterPeriod(filter);
  await checkPolicyVersionFilter(ctx, filter);
  const prior = findPriorPeriod(period, ctx.today.slice(0, 7));
  const f = toAnalyticsFilter(ctx, filter, period.fromMonth, period.toMonth);
  const before = toAnalyticsFilter(ctx, filter, prior.fromMonth, prior.toMonth);
  return buildSpendDashboard({
    period,
    prior,
    spend: await getSpendRollupRows(ctx.db, f),
    commitment: await getCommitmentRollupRows(ctx.db, f),
    priorSpend: await getSpendRollupRows(ctx.db, before),
    priorCommitment: await getCommitmentRollupRows(ctx.db, before),
  });
}

/** Uptake: budgets in force, requests and outcomes, the share of EHC plans with a budget, direct payments by recipient, days to decide. */
export async function loadUptakeDashboard(ctx: ServiceContext, filter: DashboardFilter): Promise<DashboardView> {
  const period = resolveFilterPeriod(filter);
  await checkPolicyVersionFilter(ctx, filter);
  const f = toAnalyticsFilter(ctx, filter, period.fromMonth, period.toMonth);
  const census = await getBudgetCensusRows(ctx.db, f);
  const requests = await getRequestRollupRows(ctx.db, f);
  const ehcps = await countEhcpsAtMonthEnds(ctx.db, { councilId: ctx.councilId, months: period.months, ...(filter.ageBand ? { ageBand: filter.ageBand } : {}) });
  const ended = lastMonthEndedBy(parseIsoDate(ctx.today));
  return buildUptakeDashboard({ period, census, requests, ehcps, asAtMonth: period.toMonth < ended ? period.toMonth : ended });
}

/** Cessations: budgets ended by reason, stream and month; reviews of decisions asked for and their outcomes. */
export async function loadCessationDashboard(ctx: ServiceContext, filter: DashboardFilter): Promise<DashboardView> {
  const period = resolveFilterPeriod(filter);
  await checkPolicyVersionFilter(ctx, filter);
  const f = toAnalyticsFilter(ctx, filter, period.fromMonth, period.toMonth);
  const cessations = await getCessationReasonRows(ctx.db, f);
  const cessationsByStream = await getCessationStreamRows(ctx.db, f);
  const disagreements = await getDisagreementRollupRows(ctx.db, f);
  const lines = { ...(filter.stream ? { stream: filter.stream } : {}), ...(filter.arrangement ? { arrangement: filter.arrangement } : {}), ...(filter.service ? { service: filter.service } : {}) };
  return buildCessationDashboard({ period, cessations, cessationsByStream, disagreements, lines });
}

/** Policy review: the same measures for each stretch of the period under one published version, side by side. */
export async function loadPolicyReviewDashboard(ctx: ServiceContext, filter: DashboardFilter): Promise<DashboardView> {
  const period = resolveFilterPeriod(filter);
  await checkPolicyVersionFilter(ctx, filter);
  const f = toAnalyticsFilter(ctx, filter, period.fromMonth, period.toMonth);
  // Every version splits the period, so a stretch keeps its dates when a version filter empties the others.
  const versions = await listPublishedPolicyVersions(ctx.db, ctx.councilId);
  return buildPolicyReviewDashboard({
    period,
    versions,
    noPolicyId: NO_POLICY_VERSION,
    spend: await getSpendRollupRows(ctx.db, f),
    commitment: await getCommitmentRollupRows(ctx.db, f),
    requests: await getRequestRollupRows(ctx.db, f),
    cessations: await getCessationReasonRows(ctx.db, f),
    disagreements: await getDisagreementRollupRows(ctx.db, f),
    exceptions: await getExceptionRollupRows(ctx.db, f),
  });
}

export function loadDashboard(ctx: ServiceContext, name: DashboardName, filter: DashboardFilter): Promise<DashboardView> {
  if (name === "spend") return loadSpendDashboard(ctx, filter);
  if (name === "uptake") return loadUptakeDashboard(ctx, filter);
  if (name === "cessations") return loadCessationDashboard(ctx, filter);
  return loadPolicyReviewDashboard(ctx, filter);
}
