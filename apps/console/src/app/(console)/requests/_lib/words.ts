import { formatIsoDateEnGb, formatPence } from "@pb/calendar";

// Words for codes on staff pages. The family's letter takes its words from the letter model.

export const STREAM_LABELS: Record<string, string> = { education: "Education", health: "Health", social_care: "Social care", transport: "Transport" };
export const ARRANGEMENT_LABELS: Record<string, string> = { direct_payment: "Direct payment", organised: "Organised (notional) budget", third_party: "Third-party arrangement" };
export const RECIPIENT_LABELS: Record<string, string> = { parent: "Parent or carer", young_person: "The young person", nominee: "A nominated person" };
export const STAGE_LABELS: Record<string, string> = { draft_plan: "While a draft plan is prepared", annual_review: "At an annual review", reassessment: "At a re-assessment", other: "At another time" };
export const CHECK_LABELS: Record<string, string> = {
  eligible: "Meets the policy",
  conditional: "Meets the policy once the points below are confirmed",
  ineligible: "Does not meet the policy",
};
export const DECISION_LABELS: Record<string, string> = { approved: "Approved as asked", approved_changed: "Approved with a different amount or arrangement", refused: "Refused" };
export const REQUEST_STATUS_LABELS: Record<string, string> = { open: "Open: waiting for decisions", decided: "Decided", withdrawn: "Withdrawn" };
export const REVIEW_OUTCOME_LABELS: Record<string, string> = { upheld: "Upheld: the decision stands", changed: "Changed: a new decision replaces it", withdrawn: "Withdrawn by the family" };
export const PLAN_LABELS: Record<string, string> = { ehcp: "EHC plan", child_in_need: "Child in need plan", short_breaks: "Short breaks plan", health_care_support: "Health care and support plan", adult_care_support: "Adult care and support plan" };

export const labelOf = (labels: Record<string, string>, code: string | null | undefined): string => (code ? (labels[code] ?? code.replaceAll("_", " ")) : "—");

export function formatDate(date: string | null | undefined): string {
  return date ? formatIsoDateEnGb(date) : "—";
}

export function formatMoney(pence: number | null | undefined): string {
  return pence === null || pence === undefined ? "—" : formatPence(pence);
}

const POUNDS = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** "1,234.5" or "£12" → pence, read as text so no amount passes through a float; null when not money. */
export function parsePoundsToPence(text: string): number | null {
  const match = POUNDS.exec(text.trim());
  if (!match) return null;
  const pence = Number((match[1] ?? "0").replaceAll(",", "")) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(pence) ? pence : null;
}

/** Pence as an editable amount: 123456 → "1234.56". */
export function penceToInput(pence: number): string {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, "0")}`;
}

/** The id of the input for a field path: "lines.0.recipient" → "lines-0-recipient". */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}${path}`.replaceAll(".", "-");
}
