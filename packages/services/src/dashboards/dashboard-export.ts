import { writeAudit } from "@pb/db";
import { buildAboutTable, firstDayOf, lastDayOf, toDashboardOutput, type CellSum, type ExportAbout, type ExportTable } from "@pb/reports";
import { getExportSettings, toDisclosureRule } from "../exports/export-settings";
import { listPolicyVersionsInPeriod } from "../exports/policy-versions-in-period";
import { protectForRelease } from "../exports/protect-for-release";
import type { ServiceContext } from "../shared/context";
import { describeDashboardFilter, NO_POLICY_VERSION, resolveFilterPeriod, type DashboardFilter } from "./dashboard-filter";
import { loadDashboard, type DashboardName } from "./load-dashboards";

export const DASHBOARD_TITLES: Record<DashboardName, string> = {
  spend: "Spend: committed, scheduled and paid",
  uptake: "Uptake of personal budgets",
  cessations: "Personal budgets ended, and reviews asked for",
  policy_review: "Policy review: before and after each policy version",
};

/** `tables` as published; `sums`: the relations between them that disclosure control protected against. */
export type DashboardExport = { fileStem: string; about: ExportAbout; aboutTable: ExportTable; tables: ExportTable[]; sums: CellSum[] };

/**
 * A dashboard's numbers for a file (XLSX of all its tables with an About sheet, or the CSV of one cut
 * from them): the same procedure's figures, protected as one output by the council's rule (every
 * table and the relations between them at once), with the filters, policy versions and rule stated.
 */
export async function buildDashboardExport(ctx: ServiceContext, input: { dashboard: DashboardName; filter: DashboardFilter; madeByRole: string }): Promise<DashboardExport> {
  const period = resolveFilterPeriod(input.filter);
  const view = await loadDashboard(ctx, input.dashboard, input.filter);
  const settings = await getExportSettings(ctx);
  const rule = toDisclosureRule(settings);
  const published = protectForRelease(toDashboardOutput(view), rule);
  const tables = published.tables;
  const from = firstDayOf(period.fromMonth);
  const to = lastDayOf(period.toMonth);
  const versions = await listPolicyVersionsInPeriod(ctx, from, to);
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirst();
  const versionLabel = (id: string) =>
    id === NO_POLICY_VERSION ? "before the first published policy" : `version ${versions.find((v) => v.id === id)?.versionNumber ?? id}`;
  const about: ExportAbout = {
    title: DASHBOARD_TITLES[input.dashboard],
    councilName: council?.name ?? "",
    periodLabel: period.label,
    from,
    to,
    filters: describeDashboardFilter(input.filter, period, versionLabel),
    policyVersions: versions.map(({ id: _id, ...v }) => v),
    madeAt: new Date().toISOString(),
    madeByRole: input.madeByRole,
    source: "The dashboard's own figures, read from the rollups kept in step with the recorded budgets, requests, decisions, cessations and payments when the file was made.",
    suppressionThreshold: settings.smallCountThreshold,
    disclosure: rule,
  };
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "exports.dashboard", entity: "export", entityId: input.dashboard,
    after: { dashboard: input.dashboard, from, to, filters: about.filters.map((f) => f.label), tables: tables.map((t) => t.id) },
  });
  return { fileStem: `${input.dashboard.replace("_", "-")}-${from}-to-${to}`, about, aboutTable: buildAboutTable(about), tables, sums: published.sums ?? [] };
}
