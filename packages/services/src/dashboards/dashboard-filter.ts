import { NO_POLICY_VERSION, type AnalyticsFilter } from "@pb/db";
import { AGE_BAND_LABELS, ARRANGEMENT_LABELS, describeCode, labelOf, resolveDashboardPeriod, STREAM_LABELS, type DashboardPeriod, type ResolvedDashboardPeriod } from "@pb/reports";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";

/** What a dashboard is asked for: a period and, optionally, one stream, arrangement, service, age band and policy version. */
export type DashboardFilter = {
  period: DashboardPeriod;
  stream?: string | undefined;
  arrangement?: string | undefined;
  service?: string | undefined;
  ageBand?: string | undefined;
  /** A published version's id, or NO_POLICY_VERSION for "before the first published policy". */
  policyVersionId?: string | undefined;
};

/** The filters besides the period: what the row-level extracts take from the dashboards too. */
export type FilterParts = Omit<DashboardFilter, "period">;

export { NO_POLICY_VERSION };

export function resolveFilterPeriod(filter: DashboardFilter): ResolvedDashboardPeriod {
  try {
    return resolveDashboardPeriod(filter.period);
  } catch (error) {
    if (error instanceof RangeError) throw new ValidationError("period", error.message);
    throw error;
  }
}

/** The rollup filter of the caller's council for months `from`–`to` ("YYYY-MM"). */
export function toAnalyticsFilter(ctx: ServiceContext, filter: DashboardFilter, from: string, to: string): AnalyticsFilter {
  const out: AnalyticsFilter = { councilId: ctx.councilId, fromMonth: `${from}-01`, toMonth: `${to}-01` };
  if (filter.stream) out.stream = filter.stream;
  if (filter.arrangement) out.arrangement = filter.arrangement;
  if (filter.service) out.service = filter.service;
  if (filter.ageBand) out.ageBand = filter.ageBand;
  if (filter.policyVersionId) out.policyVersionId = filter.policyVersionId;
  return out;
}

/** The filter asked for must name a version of this council (or "before any"): another council's id is simply not found. */
export async function checkPolicyVersionFilter(ctx: ServiceContext, filter: Pick<FilterParts, "policyVersionId">): Promise<void> {
  if (!filter.policyVersionId || filter.policyVersionId === NO_POLICY_VERSION) return;
  const found = await ctx.db
    .selectFrom("policy_version")
    .select("id")
    .where("council_id", "=", ctx.councilId)
    .where("id", "=", filter.policyVersionId)
    .where("status", "=", "published")
    .executeTakeFirst();
  if (!found) throw new ValidationError("policyVersionId", "is not a published policy version of this council");
}

/** The filters in words, for a file's About sheet. */
export function describeDashboardFilter(filter: DashboardFilter, period: ResolvedDashboardPeriod, versionLabel: (id: string) => string): { label: string; value: string }[] {
  return [{ label: "Period", value: period.label }, ...describeFilterParts(filter, versionLabel)];
}

/** The filters besides the period, in words (with the code after a service, which a council may name itself). */
export function describeFilterParts(filter: FilterParts, versionLabel: (id: string) => string): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  if (filter.stream) out.push({ label: "Funding stream", value: labelOf(STREAM_LABELS, filter.stream) });
  if (filter.arrangement) out.push({ label: "Arrangement", value: labelOf(ARRANGEMENT_LABELS, filter.arrangement) });
  if (filter.service) out.push({ label: "Service", value: `${describeCode(filter.service)} (${filter.service})` });
  if (filter.ageBand) out.push({ label: "Age band", value: labelOf(AGE_BAND_LABELS, filter.ageBand) });
  if (filter.policyVersionId) out.push({ label: "Policy version", value: versionLabel(filter.policyVersionId) });
  return out;
}
