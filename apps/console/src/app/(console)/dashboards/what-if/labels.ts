import type { OutcomeCount } from "@pb/reports";

export { CHECK_OUTCOME_LABELS as OUTCOME_LABELS } from "@pb/reports";

type Outcome = OutcomeCount["outcome"];

// The check's stable codes in plain words, so the page reads without a glossary.
export const REASON_LABELS: Record<string, string> = {
  STREAM_NOT_OFFERED: "Funding stream not offered",
  SERVICE_EXCLUDED: "Service not paid for by a personal budget",
  ARRANGEMENT_NOT_OFFERED: "Way of managing the budget not offered",
  EDUCATION_REQUIRES_EHCP: "Needs an EHC plan",
  OUTSIDE_REQUEST_WINDOW: "Asked for outside the request window",
  NO_SOCIAL_CARE_ASSESSMENT: "No social care assessment",
  SHORT_BREAKS_LEVEL_TOO_LOW: "Short breaks level too low",
  NOT_CONTINUING_CARE_ELIGIBLE: "Not eligible for continuing care",
  AGE_OUT_OF_RANGE: "Age outside the stream's range",
  NOT_TRANSPORT_ENTITLED: "Not entitled to free travel",
  NOT_COST_EFFECTIVE: "Costs more than the council's own arrangement",
  COST_COMPARISON_REQUIRED: "Council's own cost still to compare",
  SCHOOL_AGREEMENT_REQUIRED: "School's agreement needed",
  PROFESSIONAL_IDENTIFICATION_REQUIRED: "A professional must identify the need",
  RECIPIENT_NOT_PERMITTED: "Recipient of a direct payment not permitted",
  CAPACITY_NOT_CONFIRMED: "Young person's capacity not confirmed",
  DIRECT_PAYMENT_PROHIBITED_USE: "A direct payment cannot buy this",
  NO_LINKED_OUTCOME: "Not linked to an outcome in the plan",
};

export { describeCode as describeService } from "@pb/reports";

/** Rows behind a chart or table: lines that would change from one outcome, or to one, or between two. */
export type RowSelection = { from?: Outcome; to?: Outcome; stream?: string; label: string };
