import {
  buildWhatIfPackOutput,
  firstDayOf,
  lastDayOf,
  listReviewPackSums,
  resolvePeriod,
  RETURN_SUMMARY_SUMS,
  toDashboardOutput,
  type DashboardView,
  type ExportOutput,
  type ExportTable,
} from "@pb/reports";
import { loadDashboard, type DashboardName } from "../dashboards/load-dashboards";
import { findDraft } from "../policy/read-policy-version-detail";
import type { ServiceContext } from "../shared/context";
import { runWhatIf } from "../what-if/run-what-if";
import { loadExportTables } from "./aggregate-export";

const DASHBOARD_SECTIONS: { name: DashboardName; id: string; title: string; intro: string }[] = [
  { name: "spend", id: "committed-scheduled-paid", title: "Committed, scheduled and paid", intro: "What was committed, scheduled and paid by month, funding stream and arrangement, beside what was paid in the same months a year earlier." },
  { name: "uptake", id: "uptake", title: "Uptake", intro: "Personal budgets in force, requests and their outcomes, the share of EHC plans with a personal budget, direct payments by recipient and days to decide." },
  { name: "cessations", id: "cessations", title: "Personal budgets ended, and reviews asked for", intro: "Budgets ended by reason, stream and month; reviews of decisions families asked for, and their outcomes." },
  { name: "policy_review", id: "policy-review", title: "Before and after each policy version", intro: "The same measures for each stretch of the period under one policy version, side by side." },
];
export type PackDashboard = { meta: (typeof DASHBOARD_SECTIONS)[number]; view: DashboardView };
/** What the pack is made of, before disclosure control: the spend export, the return summaries, the four dashboards, the what-if. */
export type ReviewPackParts = { spend: ExportTable[]; returns: ExportTable[]; dashboards: PackDashboard[]; whatIf: { label: string; output: ExportOutput } | null };

type PackPeriod = { from: string; to: string };

export async function loadReviewPackParts(ctx: ServiceContext, period: PackPeriod): Promise<ReviewPackParts> {
  return {
    spend: await loadExportTables(ctx, "spend", period.from, period.to),
    returns: await loadExportTables(ctx, "returns", period.from, period.to),
    dashboards: await loadPackDashboards(ctx, period.from, period.to),
    whatIf: await loadWhatIf(ctx, period.from, period.to),
  };
}

/**
 * Every table of the pack as one output, with every relation a committee reading it can see: each
 * dashboard's own, the return summaries', the what-if's, and those between the parts.
 */
export function assembleReviewPackOutput(parts: ReviewPackParts, period: PackPeriod): ExportOutput {
  const outputs = parts.dashboards.map((d) => toDashboardOutput(d.view));
  const whatIf = parts.whatIf?.output;
  const tables = [...parts.spend, ...parts.returns, ...outputs.flatMap((o) => o.tables), ...(whatIf?.tables ?? [])];
  const fromMonth = period.from.slice(0, 7);
  const toMonth = period.to.slice(0, 7);
  const months = parts.dashboards[0]?.view.period.months ?? [];
  const wholeMonths = period.from === firstDayOf(fromMonth) && period.to === lastDayOf(toMonth);
  const sums = [...RETURN_SUMMARY_SUMS, ...outputs.flatMap((o) => o.sums ?? []), ...(whatIf?.sums ?? []), ...listReviewPackSums(tables, { months, wholeMonths })];
  return { tables, sums };
}

/** The pack's figures before disclosure control, for a period of dates: what the tests hold the declared relations to. */
export async function loadReviewPackOutput(ctx: ServiceContext, range: PackPeriod): Promise<ExportOutput> {
  const period = resolvePeriod({ kind: "custom", from: range.from, to: range.to });
  return assembleReviewPackOutput(await loadReviewPackParts(ctx, period), period);
}

/** The spend, uptake, cessations and policy review dashboards over the whole months of the review period. */
async function loadPackDashboards(ctx: ServiceContext, from: string, to: string): Promise<PackDashboard[]> {
  const period = { kind: "custom" as const, fromMonth: from.slice(0, 7), toMonth: to.slice(0, 7) };
  const out: PackDashboard[] = [];
  for (const meta of DASHBOARD_SECTIONS) out.push({ meta, view: await loadDashboard(ctx, meta.name, { period }) });
  return out;
}

/** The what-if against the council's draft over the period's requests, when there is a draft to try. */
async function loadWhatIf(ctx: ServiceContext, from: string, to: string): Promise<ReviewPackParts["whatIf"]> {
  if (!(await findDraft(ctx))) return null;
  const result = await runWhatIf(ctx, { from, to });
  const label = `the draft (version ${result.candidate.versionNumber})`;
  return { label, output: buildWhatIfPackOutput(result.summary, label) };
}
