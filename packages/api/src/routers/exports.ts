import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ACCESS, hasAnyRole, ROLE_LABELS, type Role } from "@pb/auth";
import { IsoDate } from "@pb/eligibility";
import { listPublishedPolicyVersions, listServicesInUse, NO_POLICY_VERSION } from "@pb/db";
import {
  AGGREGATE_EXPORT_KINDS,
  buildAggregateExport,
  buildDrilldownExport,
  buildDashboardExport,
  DASHBOARD_NAMES,
  buildReviewPack,
  checkSen2Return,
  downloadSen2Return,
  EXTRACT_KINDS,
  getExportSettings,
  MAX_SMALL_COUNT_THRESHOLD,
  MIN_SMALL_COUNT_THRESHOLD,
  prepareExtract,
  updateExportSettings,
} from "@pb/services";
import { DISCLOSURE_METHOD_CODES, EXPORT_CATALOGUE, EXTRACT_PRIVACY } from "@pb/reports";
import { councilProcedure, createRouter } from "../trpc";
import { FinancialYearLabel } from "../inputs";
import { DashboardFilterInput, DrilldownInput } from "../dashboard-inputs";

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
/** A row-level extract: its period, the dashboards' own filters, and how its rows leave the council. */
export const ExtractInput = z.strictObject({
  kind: z.enum(EXTRACT_KINDS),
  format: z.enum(["csv", "xlsx"]),
  privacy: z.enum(EXTRACT_PRIVACY),
  period: ExportPeriodInput,
  ...DashboardFilterInput.pick({ stream: true, arrangement: true, service: true, ageBand: true, policyVersionId: true }).shape,
});
/** The drill-down's rows as a file: the drill-down's own input, every row rather than a page. */
export const DrilldownFileInput = DrilldownInput.omit({ limit: true, offset: true }).extend({ format: z.enum(["csv", "xlsx"]) });
export const ReviewPackInput = DateRange;
const LaNumber = z.string().regex(/^\d{3}$/, "must be the council's three-digit DfE local authority number");
export const Sen2CheckInput = z.strictObject({ period: ExportPeriodInput, laNumber: LaNumber });
export const Sen2FileInput = Sen2CheckInput.extend({ format: z.enum(["csv", "xml"]) });
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
    const exports = EXPORT_CATALOGUE.filter((e) => !e.statutory || hasAnyRole(ctx.roles, ACCESS.statutoryReturns));
    // The council's own choices for the extracts' service and policy version filters, as the dashboards offer them.
    const filterOptions = {
      noPolicyVersionId: NO_POLICY_VERSION,
      versions: await listPublishedPolicyVersions(ctx.db, ctx.councilId),
      services: await listServicesInUse(ctx.db, ctx.councilId),
    };
    return { exports, smallCountThreshold, disclosureMethod, filterOptions };
  }),

  /**
   * A dashboard's tables, suppressed, or the statutory returns ("returns"), exact and only for the
   * roles that submit them; each with what the file must say about itself.
   */
  aggregate: councilProcedure(ACCESS.exports)
    .input(AggregateExportInput)
    .query(({ ctx, input }) => {
      const allowed = input.kind === "returns" ? ACCESS.statutoryReturns : ACCESS.exports;
      if (!hasAnyRole(ctx.roles, allowed)) throw new TRPCError({ code: "FORBIDDEN", message: "Statutory returns are made by the commissioner who submits them." });
      return buildAggregateExport(ctx.service, { ...input, madeByRole: describeMaker(ctx.roles, allowed) });
    }),

  /** SEN2's person-level personal budget items for the period's census, checked against the collection's rules. */
  sen2Check: councilProcedure(ACCESS.statutoryReturns)
    .input(Sen2CheckInput)
    .query(({ ctx, input }) => checkSen2Return(ctx.service, input)),

  /** The SEN2 file, audited: the XML is refused while any rule fails, and the errors come back instead. */
  sen2File: councilProcedure(ACCESS.statutoryReturns)
    .input(Sen2FileInput)
    .mutation(({ ctx, input }) => downloadSen2Return(ctx.service, input)),

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

  /** The rows behind a dashboard figure as a file: for the roles that see the drill-down, and only them. */
  drilldownFile: councilProcedure(ACCESS.dashboards)
    .input(DrilldownFileInput)
    .mutation(({ ctx, input }) => {
      const { councilId: _councilId, target, format: _format, ...filter } = input;
      return buildDrilldownExport(ctx.service, { filter, target, madeByRole: describeMaker(ctx.roles, ACCESS.dashboards) });
    }),

  /** The policy review pack for a period: what the printable page and the PDF show. */
  reviewPack: councilProcedure(ACCESS.dashboards)
    .input(ReviewPackInput)
    .query(({ ctx, input }) => buildReviewPack(ctx.service, { ...input, madeByRole: describeMaker(ctx.roles, ACCESS.dashboards) })),

  settings: councilProcedure(ACCESS.policyAdmin).query(({ ctx }) => getExportSettings(ctx.service)),

  updateSettings: councilProcedure(ACCESS.policyAdmin)
    .input(ExportSettingsInput)
    .mutation(({ ctx, input }) => updateExportSettings(ctx.service, input)),
});
