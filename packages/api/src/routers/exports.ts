import { z } from "zod";
import { ACCESS, ROLE_LABELS, type Role } from "@pb/auth";
import { ARRANGEMENTS, IsoDate, STREAMS } from "@pb/eligibility";
import {
  AGGREGATE_EXPORT_KINDS,
  buildAggregateExport,
  buildDashboardExport,
  DASHBOARD_NAMES,
  buildReviewPack,
  EXTRACT_KINDS,
  getExportSettings,
  MAX_SMALL_COUNT_THRESHOLD,
  MIN_SMALL_COUNT_THRESHOLD,
  prepareExtract,
  updateExportSettings,
} from "@pb/services";
import { DISCLOSURE_METHOD_CODES, EXPORT_CATALOGUE } from "@pb/reports";
import { councilProcedure, createRouter } from "../trpc";
import { FinancialYearLabel } from "../inputs";
import { DashboardFilterInput } from "../dashboard-inputs";

// Ten years is more than any review cycle (T8: three years) and keeps one export's work bounded.
const MAX_SPAN_DAYS = 3660;

const DateRange = z
  .strictObject({ from: IsoDate, to: IsoDate })
  .refine((r) => r.from >= "2000-01-01" && r.to <= "2100-12-31", { path: ["from"], message: "must be between 2000 and 2100" })
  .refine((r) => r.from <= r.to, { path: ["to"], message: "must be on or after the start date" })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= MAX_SPAN_DAYS * 86_400_000, { path: ["to"], message: "must be within ten years of the start date" });

export const ExportPeriodInput = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("financial_year"), label: FinancialYearLabel }),
  z.strictObject({ kind: z.literal("academic_year"), label: FinancialYearLabel }),
  z.strictObject({ kind: z.literal("custom"), from: IsoDate, to: IsoDate }),
]).superRefine((period, context) => {
  if (period.kind !== "custom") return;
  const checked = DateRange.safeParse({ from: period.from, to: period.to });
  for (const issue of checked.success ? [] : checked.error.issues) context.addIssue({ code: "custom", path: issue.path, message: issue.message });
});

export const AggregateExportInput = z.strictObject({ kind: z.enum(AGGREGATE_EXPORT_KINDS), period: ExportPeriodInput });
export const ExtractInput = z.strictObject({
  kind: z.enum(EXTRACT_KINDS),
  format: z.enum(["csv", "xlsx"]),
  period: ExportPeriodInput,
  stream: z.enum(STREAMS).optional(),
  arrangement: z.enum(ARRANGEMENTS).optional(),
});
export const ReviewPackInput = DateRange;
export const DashboardExportInput = DashboardFilterInput.extend({ dashboard: z.enum(DASHBOARD_NAMES) });
export const ExportSettingsInput = z.strictObject({
  smallCountThreshold: z.int().min(MIN_SMALL_COUNT_THRESHOLD).max(MAX_SMALL_COUNT_THRESHOLD),
  /** Left out: the method saved stays. */
  disclosureMethod: z.enum(DISCLOSURE_METHOD_CODES).optional(),
  version: z.int().min(0).max(1_000_000_000),
});

/** How the file says who made it: the role that let them, never their name. */
function describeMaker(roles: readonly Role[], allowed: readonly Role[]): string {
  const role = roles.find((r) => allowed.includes(r)) ?? roles[0];
  return role ? ROLE_LABELS[role].toLowerCase() : "member of staff";
}

export const exportsRouter = createRouter({
  /** Every export with its filters, and the council's threshold and method, for the exports page. */
  catalogue: councilProcedure(ACCESS.exports).query(async ({ ctx }) => {
    const { smallCountThreshold, disclosureMethod } = await getExportSettings(ctx.service);
    return { exports: EXPORT_CATALOGUE, smallCountThreshold, disclosureMethod };
  }),

  /** A dashboard's or a return's tables, suppressed, with what the file must say about itself. */
  aggregate: councilProcedure(ACCESS.exports)
    .input(AggregateExportInput)
    .query(({ ctx, input }) => buildAggregateExport(ctx.service, { ...input, madeByRole: describeMaker(ctx.roles, ACCESS.exports) })),

  /** A dashboard's tables for CSV and XLSX, suppressed, with its filters and policy versions stated. */
  dashboard: councilProcedure(ACCESS.exports)
    .input(DashboardExportInput)
    .query(({ ctx, input }) => {
      const { councilId: _councilId, dashboard, ...filter } = input;
      return buildDashboardExport(ctx.service, { dashboard, filter, madeByRole: describeMaker(ctx.roles, ACCESS.exports) });
    }),

  /** Checks, counts and audits a row-level extract; its rows then stream from the route handler. */
  prepareExtract: councilProcedure(ACCESS.exports)
    .input(ExtractInput)
    .mutation(({ ctx, input }) => prepareExtract(ctx.service, { ...input, madeByRole: describeMaker(ctx.roles, ACCESS.exports) })),

  /** The policy review pack for a period: what the printable page and the PDF show. */
  reviewPack: councilProcedure(ACCESS.dashboards)
    .input(ReviewPackInput)
    .query(({ ctx, input }) => buildReviewPack(ctx.service, { ...input, madeByRole: describeMaker(ctx.roles, ACCESS.dashboards) })),

  settings: councilProcedure(ACCESS.policyAdmin).query(({ ctx }) => getExportSettings(ctx.service)),

  updateSettings: councilProcedure(ACCESS.policyAdmin)
    .input(ExportSettingsInput)
    .mutation(({ ctx, input }) => updateExportSettings(ctx.service, input)),
});
