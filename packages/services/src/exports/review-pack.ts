import { writeAudit } from "@pb/db";
import {
  buildChartFromTable,
  resolvePeriod,
  STREAM_LABELS,
  STREAMS,
  type ExportTable,
  type PackSection,
  type PolicyChangeSet,
  type ReviewPack,
} from "@pb/reports";
import { diffPolicyVersions } from "../policy/policy-versions";
import type { ServiceContext } from "../shared/context";
import { loadExportTables, suppressTables } from "./aggregate-export";
import { getExportSettings } from "./export-settings";
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
    const changes = await diffPolicyVersions(ctx, { fromId: before.id, toId: after.id });
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
    sections: [buildSpendSection(spend), buildReturnsSection(returns)],
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
