import { REASON_CODE_WORDS } from "@pb/eligibility";
import { STREAM_LABELS } from "../spend-by-stream";
import type { ExtractColumn } from "../exports/extract-columns";
import type { DrillMeasure } from "./dashboard-view";
import {
  ARRANGEMENT_LABELS,
  CESSATION_REASON_LABELS,
  describeCode,
  DISAGREEMENT_OUTCOME_LABELS,
  FREQUENCY_LABELS,
  labelOf,
  PAYMENT_STATUS_LABELS,
  REQUEST_OUTCOME_LABELS,
  REVIEW_KIND_LABELS,
} from "./labels";

/** What the rows behind each kind of figure are: the drill-down page's heading and its file's title. */
export const DRILL_MEASURE_TITLES: Record<DrillMeasure, string> = {
  scheduled: "Payments scheduled", paid: "Payments made", committed: "Budget lines committed", in_force: "Budget lines in force",
  budgets: "Personal budgets in force", requests: "Requests received", cessations: "Personal budgets ended",
  disagreements: "Reviews of decisions asked for", reviews: "Budget reviews", exceptions: "Rules the panel set aside",
};

/** The drill-down's columns by the key its rows carry, on the page and in the file. */
export const DRILL_COLUMN_LABELS: Readonly<Record<string, string>> = {
  childReference: "Child", dueOn: "Due", paidOn: "Paid", status: "Status", stream: "Stream", arrangement: "Arrangement", service: "Service",
  amountPence: "Amount", frequency: "Frequency", annualAmountPence: "Annual amount", startsOn: "Starts", endsOn: "Ends", ceasedOn: "Ceased",
  lines: "Lines", receivedOn: "Received", stage: "Stage", outcome: "Outcome", daysToDecision: "Days to decision", decidedOn: "Decided",
  reasonCode: "Reason", lastPaymentOn: "Last payment", outcomeOn: "Settled", decisionDeadlineOn: "Deadline", kind: "Kind", heldOn: "Held",
  value: "Counts for",
};

// Words for the codes drill-down rows carry; a code no list knows is read from the code itself.
const CODE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  status: PAYMENT_STATUS_LABELS,
  stream: STREAM_LABELS,
  arrangement: ARRANGEMENT_LABELS,
  service: {},
  frequency: FREQUENCY_LABELS,
  outcome: { ...REQUEST_OUTCOME_LABELS, ...DISAGREEMENT_OUTCOME_LABELS },
  reasonCode: { ...CESSATION_REASON_LABELS, ...REASON_CODE_WORDS },
  kind: REVIEW_KIND_LABELS,
  stage: {},
};

/** Whether a drill-down column holds codes; their words come from describeDrillCode. */
export function isDrillCodeColumn(key: string): boolean {
  return key in CODE_WORDS;
}

/** A code of a drill-down column in words: "social_care" → "Social care". */
export function describeDrillCode(key: string, code: string): string {
  return labelOf(CODE_WORDS[key] ?? {}, code);
}

/**
 * "education: tutoring (direct_payment); health: …" (a budget's lines, as the rows list them) in
 * words: "Education: Tutoring (Direct payment); …". Text in another shape is left as it is.
 */
export function describeDrillLines(text: string): string {
  return text
    .split("; ")
    .map((item) => {
      const parts = /^(\w+): (\w+) \((\w+)\)$/.exec(item);
      if (!parts) return item;
      const [, stream = "", service = "", arrangement = ""] = parts;
      return `${describeDrillCode("stream", stream)}: ${describeCode(service)} (${describeDrillCode("arrangement", arrangement)})`;
    })
    .join("; ");
}

/** A drill-down column for a file: its kind from its key, and a words column beside each code column. */
export function describeDrillColumn(key: string, valueKind: "pence" | "count"): ExtractColumn {
  const label = DRILL_COLUMN_LABELS[key] ?? describeCode(key);
  if (key === "value") return { key, label, kind: valueKind };
  if (key.endsWith("Pence")) return { key, label, kind: "pence" };
  if (key.endsWith("On")) return { key, label, kind: "date" };
  if (key === "daysToDecision") return { key, label, kind: "number" };
  if (key === "lines") return { key, label, kind: "text", words: describeDrillLines };
  if (isDrillCodeColumn(key)) return { key, label, kind: "text", words: (code) => describeDrillCode(key, code) };
  return { key, label, kind: "text" };
}
