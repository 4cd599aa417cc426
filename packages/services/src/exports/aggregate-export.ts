import { getPaidSpendByMonthAndStream, writeAudit } from "@pb/db";
import {
  buildAboutTable,
  buildDirectPaymentSpend,
  buildEhcpCoverage,
  buildPhbByType,
  buildSen2PersonalBudgets,
  buildSpendByStream,
  buildSpendByStreamTable,
  listQuarterEnds,
  resolvePeriod,
  splitByFinancialYear,
  type CellSum,
  type ExportAbout,
  type ExportPeriod,
  type ExportTable,
} from "@pb/reports";
import type { ServiceContext } from "../shared/context";
import { getExportSettings, toDisclosureRule } from "./export-settings";
import { listPolicyVersionsInPeriod } from "./policy-versions-in-period";
import { NARROWED_BY_PERIOD, protectForRelease } from "./protect-for-release";
import { countBudgetMixes, countIssuedEhcps, sumDirectPaymentsByYear } from "./return-queries";
import { buildStatutoryReturns, STATUTORY_RETURNS_TITLE } from "./statutory-returns";

export const AGGREGATE_EXPORT_KINDS = ["spend", "returns"] as const;
export type AggregateExportKind = (typeof AGGREGATE_EXPORT_KINDS)[number];

export const AGGREGATE_EXPORT_TITLES: Record<AggregateExportKind, string> = {
  spend: "Spend by funding stream",
  returns: STATUTORY_RETURNS_TITLE,
};

/** `tables` as published; `sums`: the relations between them that disclosure control protected against. */
export type AggregateExport = { fileStem: string; about: ExportAbout; aboutTable: ExportTable; tables: ExportTable[]; sums: CellSum[] };

/**
 * The figures behind a dashboard or a return, ready for a file: built by the same query and
 * shaping functions as the dashboard, all the file's tables protected at once by the council's rule.
 */
export async function buildAggregateExport(ctx: ServiceContext, input: { kind: AggregateExportKind; period: ExportPeriod; madeByRole: string }): Promise<AggregateExport> {
  // A statutory return is a submission and must be exact: it is never suppressed (issue 18). The
  // review pack's summaries of the same figures stay protected through loadExportTables below.
  if (input.kind === "returns") return { ...(await buildStatutoryReturns(ctx, input)), sums: [] };
  const period = resolvePeriod(input.period);
  const settings = await getExportSettings(ctx);
  const rule = toDisclosureRule(settings);
  const raw = await loadExportTables(ctx, input.kind, period.from, period.to);
  const published = protectForRelease({ tables: raw, sums: [] }, rule, NARROWED_BY_PERIOD);
  const tables = published.tables;
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirst();
  const about: ExportAbout = {
    title: AGGREGATE_EXPORT_TITLES[input.kind],
    councilName: council?.name ?? "",
    periodLabel: period.label,
    from: period.from,
    to: period.to,
    filters: [{ label: "Period", value: period.label }],
    policyVersions: (await listPolicyVersionsInPeriod(ctx, period.from, period.to)).map(({ id: _id, ...v }) => v),
    madeAt: new Date().toISOString(),
    madeByRole: input.madeByRole,
    source: "Payments recorded in the product when the file was made: the same query and figures as the spend dashboard.",
    suppressionThreshold: settings.smallCountThreshold,
    disclosure: rule,
  };
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "exports.aggregate", entity: "export", entityId: input.kind,
    after: { kind: input.kind, from: period.from, to: period.to, tables: tables.map((t) => t.id) },
  });
  return { fileStem: `${input.kind}-${period.from}-to-${period.to}`, about, aboutTable: buildAboutTable(about), tables, sums: published.sums ?? [] };
}

/** The tables of one export, as the dashboard's own functions build them, before suppression. */
export function loadExportTables(ctx: ServiceContext, kind: AggregateExportKind, from: string, to: string): Promise<ExportTable[]> {
  return kind === "spend" ? loadSpendTables(ctx, from, to) : loadReturnTables(ctx, from, to);
}

/** One table per financial year the period touches, each the whole year, exactly as the dashboard shows it. */
async function loadSpendTables(ctx: ServiceContext, from: string, to: string): Promise<ExportTable[]> {
  const tables: ExportTable[] = [];
  for (const fy of splitByFinancialYear(from, to)) {
    const rows = await getPaidSpendByMonthAndStream(ctx.db, { councilId: ctx.councilId, from: fy.start, to: fy.end });
    tables.push(buildSpendByStreamTable(buildSpendByStream(fy.label, rows)));
  }
  return tables;
}

async function loadReturnTables(ctx: ServiceContext, from: string, to: string): Promise<ExportTable[]> {
  // The census date is the period's last day, or today while the period is still running.
  const asAt = to < ctx.today ? to : ctx.today;
  const mixes = await countBudgetMixes(ctx.db, ctx.councilId, asAt, "ehcp");
  const ehcps = await countIssuedEhcps(ctx.db, ctx.councilId, asAt);
  const quarters = [];
  for (const quarterEnd of listQuarterEnds(from, asAt)) quarters.push({ quarterEnd, mixes: await countBudgetMixes(ctx.db, ctx.councilId, quarterEnd, "health") });
  const years = splitByFinancialYear(from, to);
  const spend = await sumDirectPaymentsByYear(ctx.db, ctx.councilId, from, to);
  const labelOf = new Map(years.map((y) => [Number(y.start.slice(0, 4)), y.label]));
  return [
    buildSen2PersonalBudgets(asAt, mixes),
    buildEhcpCoverage(asAt, ehcps, mixes.reduce((sum, m) => sum + m.children, 0)),
    buildPhbByType(quarters),
    buildDirectPaymentSpend(years.map((y) => y.label), spend.map((s) => ({ ...s, financialYear: labelOf.get(s.startYear) ?? String(s.startYear) }))),
  ];
}
