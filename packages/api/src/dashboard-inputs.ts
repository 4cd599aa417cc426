import { z } from "zod";
import { ARRANGEMENTS, STREAMS } from "@pb/eligibility";
import { AGE_BANDS, DRILL_MEASURES, MAX_DASHBOARD_MONTHS } from "@pb/reports";
import { FinancialYearLabel, Uuid } from "./inputs";

/** "2025-04": a calendar month. */
export const MonthLabel = z.string().max(7).regex(/^(20\d{2}|2100)-(0[1-9]|1[0-2])$/, "must be a month such as 2025-04, between 2000 and 2100");

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));

/** A financial year (April–March), an academic year (September–August) or a custom range of whole months. */
export const DashboardPeriodInput = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("financial_year"), label: FinancialYearLabel }),
    z.strictObject({ kind: z.literal("academic_year"), label: FinancialYearLabel }),
    z.strictObject({ kind: z.literal("custom"), fromMonth: MonthLabel, toMonth: MonthLabel }),
  ])
  .superRefine((p, context) => {
    if (p.kind !== "custom") return;
    if (p.toMonth < p.fromMonth) context.addIssue({ code: "custom", path: ["toMonth"], message: "must be on or after the first month" });
    else if (monthIndex(p.toMonth) - monthIndex(p.fromMonth) + 1 > MAX_DASHBOARD_MONTHS) {
      context.addIssue({ code: "custom", path: ["toMonth"], message: `must be within ${MAX_DASHBOARD_MONTHS} months of the first month` });
    }
  });

/** A service code: the stable codes, or a council's own in the same shape. */
const ServiceCode = z.string().max(60).regex(/^[a-z][a-z0-9_]*$/, "must be a service code such as personal_assistant");

/** The filters every dashboard takes; councilId picks one of the caller's councils (a shared URL keeps it). */
export const DashboardFilterInput = z.strictObject({
  councilId: Uuid.optional(),
  period: DashboardPeriodInput,
  stream: z.enum(STREAMS).optional(),
  arrangement: z.enum(ARRANGEMENTS).optional(),
  service: ServiceCode.optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  policyVersionId: Uuid.optional(),
});

/** The policy review dashboard's filters: without a period it opens on the current policy review cycle. */
export const PolicyReviewFilterInput = DashboardFilterInput.extend({ period: DashboardPeriodInput.optional() });

// Reason codes of the check are upper case (SERVICE_EXCLUDED); outcomes and cessation reasons lower case.
const Code = z.string().max(60).regex(/^[A-Za-z][A-Za-z0-9_]*$/, "must be a code such as approved");

/** The figure clicked: its measure and how its cell narrows the filters. */
export const DrillTargetInput = z.strictObject({
  measure: z.enum(DRILL_MEASURES),
  month: MonthLabel.optional(),
  stream: z.enum(STREAMS).optional(),
  arrangement: z.enum(ARRANGEMENTS).optional(),
  policyVersionId: Uuid.optional(),
  outcome: Code.optional(),
  reasonCode: Code.optional(),
  recipient: Code.optional(),
  hasEhcp: z.boolean().optional(),
});

export const DrilldownInput = DashboardFilterInput.extend({
  target: DrillTargetInput,
  limit: z.int().min(1).max(1000).default(500),
  offset: z.int().min(0).max(10_000_000).default(0),
});
