import { ARRANGEMENTS, CESSATION_REASONS, type Arrangement } from "@pb/eligibility";

// Words for the codes the dashboards group by, so charts and tables read without a glossary.

export { ARRANGEMENTS, type Arrangement };

export const ARRANGEMENT_LABELS: Record<Arrangement, string> = {
  direct_payment: "Direct payment",
  organised: "Organised by the council",
  third_party: "Held by a third party",
};

export const REQUEST_OUTCOMES = ["approved", "partly_approved", "refused", "pending", "withdrawn"] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];
export const REQUEST_OUTCOME_LABELS: Record<RequestOutcome, string> = {
  approved: "Approved",
  partly_approved: "Partly approved",
  refused: "Refused",
  pending: "Waiting for a decision",
  withdrawn: "Withdrawn",
};
/** The outcomes a request can be decided with: the ones days to decision are counted for. */
export const DECIDED_OUTCOMES = ["approved", "partly_approved", "refused"] as const satisfies readonly RequestOutcome[];

/** Who receives a direct payment; "none" is a budget with no direct payment line. */
export const DP_RECIPIENTS = ["parent", "young_person", "nominee", "not_recorded"] as const;
export const DP_RECIPIENT_LABELS: Record<(typeof DP_RECIPIENTS)[number], string> = {
  parent: "A parent or carer",
  young_person: "The young person",
  nominee: "A nominated person",
  not_recorded: "Not recorded",
};

export const CESSATION_REASON_LABELS: Record<(typeof CESSATION_REASONS)[number], string> = {
  consent_withdrawn: "Consent withdrawn",
  recipient_ineligible: "Recipient no longer eligible",
  not_used_for_agreed_provision: "Not used for the agreed provision",
  provision_not_securable_by_dp: "Provision cannot be secured by a direct payment",
  adverse_impact_on_services: "Adverse impact on other services",
  inefficient_use_of_resources: "Inefficient use of resources",
  young_person_consent_not_confirmed: "Young person's consent not confirmed",
  plan_ceased: "Plan ceased",
  moved_out_of_area: "Moved out of the area",
  aged_out: "Aged out",
  other: "Other",
};
export { CESSATION_REASONS };

export const DISAGREEMENT_OUTCOMES = ["pending", "upheld", "changed", "withdrawn"] as const;
export const DISAGREEMENT_OUTCOME_LABELS: Record<(typeof DISAGREEMENT_OUTCOMES)[number], string> = {
  pending: "Not yet decided",
  upheld: "Decision upheld",
  changed: "Decision changed",
  withdrawn: "Withdrawn by the family",
};

/** The policy check's outcome for a request line. */
export const CHECK_OUTCOME_LABELS: Record<"eligible" | "conditional" | "ineligible", string> = {
  eligible: "Eligible",
  conditional: "Conditional (something to confirm)",
  ineligible: "Not eligible",
};

/** A payment's status, a budget line's frequency and a budget's status: the case pages' words, and the drill-down's and extracts'. */
export const PAYMENT_STATUS_LABELS: Record<string, string> = { scheduled: "Scheduled", paid: "Paid", failed: "Failed", cancelled: "Cancelled" };
export const FREQUENCY_LABELS: Record<string, string> = { four_weekly: "Every four weeks", monthly: "Monthly", quarterly: "Quarterly", one_off: "One payment" };
export const BUDGET_STATUS_LABELS: Record<string, string> = { active: "In force", superseded: "Replaced by a later version", ceased: "Ended" };

export const REVIEW_KIND_LABELS: Record<string, string> = { first_dp_review: "First direct payment review", annual_review: "Annual review", early_review: "Early review" };

// Words in the codes that staff write in capitals: education otherwise than at school, service level
// agreement, general practitioner, education, health and care, National Health Service.
const ACRONYMS: Readonly<Record<string, string>> = { eotas: "EOTAS", sla: "SLA", gp: "GP", ehc: "EHC", ehcp: "EHCP", nhs: "NHS", send: "SEND" };

/** A code the lists above do not know (a service, a council's own code): its words, from the code itself ("eotas_package" → "EOTAS package"). */
export function describeCode(code: string): string {
  const text = code
    .split("_")
    .map((word) => ACRONYMS[word] ?? word)
    .join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return labels[code] ?? describeCode(code);
}
