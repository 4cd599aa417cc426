import { writeAudit } from "@pb/db";
import {
  buildChartFromTable,
  type DashboardView,
  isSmallCount,
  resolvePeriod,
  roundCount,
  STREAM_LABELS,
  STREAMS,
  toDashboardOutput,
  type DisclosureRule,
  type ExportOutput,
  type ExportTable,
  type PackSection,
  type PolicyChangeSet,
  type ReviewPack,
} from "@pb/reports";
import { comparePolicyVersions } from "../policy/compare-policy-versions";
import type { ServiceContext } from "../shared/context";
import { getExportSettings, toDisclosureRule } from "./export-settings";
import { listPolicyVersionsInPeriod } from "./policy-versions-in-period";
import { NARROWED_BY_PERIOD, protectForRelease } from "./protect-for-release";
import { assembleReviewPackOutput, loadReviewPackParts, type PackDashboard } from "./review-pack-figures";

/**
 * The policy review pack for a period: every dashboard table with its chart, the return-shaped
 * summaries, what changed between the policy versions in force, and when and from what it was made.
 * Every table of the pack is protected at once, with the relations between its parts, since a
 * committee reads all of it together.
 */
export async function buildReviewPack(ctx: ServiceContext, input: { from: string; to: string; madeByRole: string }): Promise<ReviewPack> {
  const period = resolvePeriod({ kind: "custom", from: input.from, to: input.to });
  const settings = await getExportSettings(ctx);
  const rule = toDisclosureRule(settings);
  const parts = await loadReviewPackParts(ctx, period);
  const { spend, returns, dashboards, whatIf } = parts;
  const raw = assembleReviewPackOutput(parts, period);
  const output = protectForRelease(raw, rule, NARROWED_BY_PERIOD);
  const published = pickTables(output);
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
  const dataRows = (await countSourceRows(ctx, period.from, period.to)).map((r) => ({ ...r, count: protectSourceCount(r.count, rule) }));
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
      suppressionThreshold: settings.smallCountThreshold,
      disclosure: rule,
    },
    sections: [
      buildSpendSection(published(spend)),
      buildReturnsSection(published(returns)),
      ...dashboards.map(({ meta, view }) => sectionOf(view, published(toDashboardOutput(view).tables), meta, period.from, period.to)),
      buildWhatIfSection(whatIf && { label: whatIf.label, tables: published(whatIf.output.tables) }),
    ],
    policyChanges,
    dataRows,
    sums: output.sums ?? [],
  };
}

/** The published version of each table asked for, by id. */
function pickTables(output: ExportOutput): (tables: readonly ExportTable[]) => ExportTable[] {
  const byId = new Map(output.tables.map((t) => [t.id, t]));
  return (wanted) => wanted.map((t) => {
    const found = byId.get(t.id);
    if (!found) throw new Error(`the review pack lost table ${t.id}`);
    return found;
  });
}

/** A count of source rows as the rule shows counts: hidden under the threshold, or rounded. */
function protectSourceCount(count: number, rule: DisclosureRule): number | null {
  if (rule.method === "round") return roundCount(count);
  return isSmallCount(count, rule.threshold) ? null : count;
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


/** Charts for the figures a printed bar can show (money and counts); every table in full, as published. */
function sectionOf(view: DashboardView, tables: ExportTable[], meta: PackDashboard["meta"], from: string, to: string): PackSection {
  const charts = view.sections.flatMap((s, i) => {
    const table = tables[i];
    if (!s.chart || !table || (s.chart.valueKind !== "pence" && s.chart.valueKind !== "count")) return [];
    return [buildChartFromTable(table, { title: s.title, categoryKey: s.chart.categoryKey, seriesKeys: s.chart.series.map((x) => x.key) })];
  });
  return { id: meta.id, title: meta.title, intro: `${meta.intro} Whole months from ${from.slice(0, 7)} to ${to.slice(0, 7)}.`, charts, tables };
}

function buildWhatIfSection(whatIf: { label: string; tables: ExportTable[] } | null): PackSection {
  const base = { id: "what-if", title: "What if: the draft policy against the period's requests" };
  if (!whatIf) return { ...base, intro: "The council has no draft policy, so there is nothing to try against the period's requests.", charts: [], tables: [] };
  const { label, tables } = whatIf;
  const charts = tables[0] ? [buildChartFromTable(tables[0], { title: `Request lines by outcome, in force and under ${label}`, categoryKey: "outcome", seriesKeys: ["inForce", "draft"] })] : [];
  return { ...base, intro: `Every request line received in the period, on the facts recorded with it, through ${label}, beside the outcomes recorded under the policy in force.`, charts, tables };
}
