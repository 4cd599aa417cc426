import { writeAudit } from "@pb/db";
import {
  buildChartFromTable,
  buildWhatIfPackTables,
  type DashboardView,
  resolvePeriod,
  STREAM_LABELS,
  STREAMS,
  type ExportTable,
  type PackSection,
  type PolicyChangeSet,
  type ReviewPack,
} from "@pb/reports";
import { comparePolicyVersions } from "../policy/compare-policy-versions";
import type { ServiceContext } from "../shared/context";
import { loadExportTables, suppressTables } from "./aggregate-export";
import { getExportSettings } from "./export-settings";
import { loadDashboard, type DashboardName } from "../dashboards/load-dashboards";
import { toExportTable } from "../dashboards/dashboard-export";
import { findDraft } from "../policy/read-policy-version-detail";
import { runWhatIf } from "../what-if/run-what-if";
import { listPolicyVersionsInPeriod } from "./policy-versions-in-period";

/**
 * The policy review pack for a period: every dashboard table with its chart, the return-shaped
 * summaries, what changed between the policy versions in force, and when and from what it was made.
 */
export async function buildReviewPack(ctx: ServiceContext, input: { from: string; to: string; madeByRole: string }): Promise<ReviewPack> {
  const period = resolvePeriod({ kind: "custom", from: input.from, to: input.to });
  const { smallCountThreshold } = await getExportSettings(ctx);
  const spend = suppressTables(await loadExportTables(ctx, "spend", period.from, period.to), smallCountThreshold);
  const returns = suppressTables(await loadExportTables(ctx, "returns", period.from, period.to), smallCountThreshold);
  const versions = await listPolicyVersionsInPeriod(ctx, period.from, period.to);
  const policyChanges: PolicyChangeSet[] = [];
  for (let i = 1; i < versions.length; i++) {
    const [before, after] = [versions[i - 1], versions[i]];
    if (!before || !after) continue;
    // The policy comparison page's own words for each setting and value: the pack shows no keys or JSON.
    const { differences } = await comparePolicyVersions(ctx, { fromId: before.id, toId: after.id });
    const changes = differences.map(({ path, change, setting, before: was, after: now }) => ({ path, change, setting, before: was, after: now }));
    policyChanges.push({ fromVersion: before.versionNumber, toVersion: after.versionNumber, effectiveFrom: after.effectiveFrom, changes });
  }
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirst();
  const dataRows = (await countSourceRows(ctx, period.from, period.to)).map((r) => ({ ...r, count: r.count > 0 && r.count < smallCountThreshold ? null : r.count }));
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "exports.review_pack", entity: "export", entityId: "review-pack", after: { from: period.from, to: period.to } });
  return {
    about: {
      title: "Policy review pack",
      councilName: council?.name ?? "",
      periodLabel: period.label,
      from: period.from,
      to: period.to,
      filters: [{ label: "Review period", value: period.label }],
      policyVersions: versions.map(({ id: _id, ...v }) => v),
      madeAt: new Date().toISOString(),
      madeByRole: input.madeByRole,
      source: "Payments, budgets, plans and policy versions recorded in the product when the pack was made, through the same functions as the dashboards.",
      suppressionThreshold: smallCountThreshold,
    },
    sections: [
      buildSpendSection(spend),
      buildReturnsSection(returns),
      ...(await buildDashboardSections(ctx, period.from, period.to, smallCountThreshold)),
      await buildWhatIfSection(ctx, period.from, period.to, smallCountThreshold),
    ],
    policyChanges,
    dataRows,
  };
}

function buildSpendSection(tables: ExportTable[]): PackSection {
  return {
    id: "spend",
    title: "Spend by funding stream",
    intro: "Personal budget payments made in each month of each financial year the review period touches, by funding stream.",
    charts: tables.map((t) => buildChartFromTable(t, { title: t.title, categoryKey: "month", seriesKeys: [...STREAMS] })),
    tables,
  };
}

function buildReturnsSection(tables: ExportTable[]): PackSection {
  const find = (id: string) => tables.find((t) => t.id === id);
  const charts = [];
  const sen2 = find("sen2-personal-budgets");
  if (sen2) charts.push(buildChartFromTable(sen2, { title: "EHC plans with a personal budget, by element", categoryKey: "element", seriesKeys: ["directPaymentOnly", "organisedOnly", "both"] }));
  const dp = find("direct-payment-spend");
  if (dp) {
    const spendKeys = dp.columns.filter((c) => c.kind === "pence").map((c) => c.key);
    charts.push(buildChartFromTable(dp, { title: "Direct payments paid, by funding stream", categoryKey: "stream", seriesKeys: spendKeys }));
  }
  return {
    id: "returns",
    title: "Uptake and return-shaped summaries",
    intro: `Personal budgets as the DfE's SEN2 and the NHS's personal health budget collections count them, and direct payments by ${STREAMS.map((s) => STREAM_LABELS[s].toLowerCase()).join(", ")} stream.`,
    charts,
    tables,
  };
}

/** How many rows the pack was made from (small numbers are hidden by the caller, as in the tables). */
async function countSourceRows(ctx: ServiceContext, from: string, to: string): Promise<{ label: string; count: number }[]> {
  const payments = await ctx.db.selectFrom("payment").select((eb) => eb.fn.countAll<number>().as("n")).where("council_id", "=", ctx.councilId).where("due_on", ">=", from).where("due_on", "<=", to).executeTakeFirst();
  const lines = await ctx.db.selectFrom("budget_line").select((eb) => eb.fn.countAll<number>().as("n")).where("council_id", "=", ctx.councilId).where("starts_on", "<=", to).where("ends_on", ">=", from).executeTakeFirst();
  return [
    { label: "Payments due in the period", count: Number(payments?.n ?? 0) },
    { label: "Budget lines in force in the period", count: Number(lines?.n ?? 0) },
  ];
}

const DASHBOARD_SECTIONS: { name: DashboardName; id: string; title: string; intro: string }[] = [
  { name: "spend", id: "committed-scheduled-paid", title: "Committed, scheduled and paid", intro: "What was committed, scheduled and paid by month, funding stream and arrangement, beside what was paid in the same months a year earlier." },
  { name: "uptake", id: "uptake", title: "Uptake", intro: "Personal budgets in force, requests and their outcomes, the share of EHC plans with a personal budget, direct payments by recipient and days to decide." },
  { name: "cessations", id: "cessations", title: "Personal budgets ended, and reviews asked for", intro: "Budgets ended by reason, stream and month; reviews of decisions families asked for, and their outcomes." },
  { name: "policy_review", id: "policy-review", title: "Before and after each policy version", intro: "The same measures for each stretch of the period under one policy version, side by side." },
];

/** Charts for the figures a printed bar can show (money and counts); every table in full. */
function sectionOf(view: DashboardView, meta: (typeof DASHBOARD_SECTIONS)[number], threshold: number, from: string, to: string): PackSection {
  const tables = suppressTables(view.sections.map((s) => toExportTable(s.table)), threshold);
  const charts = view.sections.flatMap((s, i) => {
    const table = tables[i];
    if (!s.chart || !table || (s.chart.valueKind !== "pence" && s.chart.valueKind !== "count")) return [];
    return [buildChartFromTable(table, { title: s.title, categoryKey: s.chart.categoryKey, seriesKeys: s.chart.series.map((x) => x.key) })];
  });
  return { id: meta.id, title: meta.title, intro: `${meta.intro} Whole months from ${from.slice(0, 7)} to ${to.slice(0, 7)}.`, charts, tables };
}

/** The spend, uptake, cessations and policy review dashboards over the whole months of the review period. */
async function buildDashboardSections(ctx: ServiceContext, from: string, to: string, threshold: number): Promise<PackSection[]> {
  const period = { kind: "custom" as const, fromMonth: from.slice(0, 7), toMonth: to.slice(0, 7) };
  const out: PackSection[] = [];
  for (const meta of DASHBOARD_SECTIONS) out.push(sectionOf(await loadDashboard(ctx, meta.name, { period }), meta, threshold, from, to));
  return out;
}

/** The what-if against the council's draft over the period's requests, when there is a draft to try. */
async function buildWhatIfSection(ctx: ServiceContext, from: string, to: string, threshold: number): Promise<PackSection> {
  const base = { id: "what-if", title: "What if: the draft policy against the period's requests" };
  const draft = await findDraft(ctx);
  if (!draft) return { ...base, intro: "The council has no draft policy, so there is nothing to try against the period's requests.", charts: [], tables: [] };
  const result = await runWhatIf(ctx, { from, to });
  const label = `the draft (version ${result.candidate.versionNumber})`;
  const tables = suppressTables(buildWhatIfPackTables(result.summary, label), threshold);
  const charts = tables[0] ? [buildChartFromTable(tables[0], { title: `Request lines by outcome, in force and under ${label}`, categoryKey: "outcome", seriesKeys: ["inForce", "draft"] })] : [];
  return { ...base, intro: `Every request line received in the period, on the facts recorded with it, through ${label}, beside the outcomes recorded under the policy in force.`, charts, tables };
}
