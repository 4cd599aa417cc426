// Words for the codes on the children, case, budget, review and cessation pages; codes are the stable ones in domain.md.

export { BUDGET_STATUS_LABELS, FREQUENCY_LABELS, PAYMENT_STATUS_LABELS, REVIEW_KIND_LABELS } from "@pb/reports";
export const PLAN_STATUS_LABELS: Record<string, string> = { draft: "Draft", final: "Final", annual_review: "Under annual review", reassessment: "Under re-assessment", ceased: "Ceased" };
export const AGE_BAND_LABELS: Record<string, string> = { "0-4": "0 to 4", "5-10": "5 to 10", "11-15": "11 to 15", "16-19": "16 to 19", "20-25": "20 to 25" };
export const REVIEW_RESULT_LABELS: Record<string, string> = { continue: "Continue as agreed", change: "Change the budget", cease: "End the budget" };
export const CESSATION_REASON_LABELS: Record<string, string> = {
  consent_withdrawn: "Consent withdrawn",
  recipient_ineligible: "The recipient is no longer eligible",
  not_used_for_agreed_provision: "Not used for the agreed provision",
  provision_not_securable_by_dp: "The provision cannot be secured by a direct payment",
  adverse_impact_on_services: "Adverse impact on other services",
  inefficient_use_of_resources: "Not an efficient use of resources",
  young_person_consent_not_confirmed: "The young person's consent is not confirmed",
  plan_ceased: "The plan ceased",
  moved_out_of_area: "Moved out of the area",
  aged_out: "Aged out",
  other: "Another reason",
};

// The child's case page words some codes differently from the budget and review pages. These keep
// its wording: making the two agree would change what users read, a decision about words to take on its own.
export const CASE_BUDGET_STATUS_LABELS: Record<string, string> = { active: "Active", superseded: "Replaced by a later version", ceased: "Ceased" };
export const CASE_REVIEW_RESULT_LABELS: Record<string, string> = { continue: "Continue", change: "Change: a new budget version", cease: "Cease" };
export const CASE_CESSATION_REASON_LABELS: Record<string, string> = {
  ...CESSATION_REASON_LABELS,
  young_person_consent_not_confirmed: "The young person's consent was not confirmed",
  other: "Other",
};

export const ACTION_LABELS: Record<string, string> = {
  "child.create": "Child or young person recorded",
  "child.update": "Details changed",
  "plan.create": "Plan recorded",
  "plan.update": "Plan changed",
  "request.create": "Request recorded",
  "request.withdraw": "Request withdrawn",
  "request.decided": "Request decided",
  "decision.record": "Decision recorded",
  "message.queued": "Message to the family queued for GOV.UK Notify",
  "message.sent": "Message sent through GOV.UK Notify",
  "message.failed": "Message not sent: GOV.UK Notify refused it",
  "agreement.record": "Direct payment agreement recorded",
  "budget.create": "Personal budget set up",
  "budget.change": "Personal budget changed (a new version)",
  "review.schedule_early": "Early review arranged",
  "review.record_outcome": "Review held",
  "cessation.record": "Decision to end the budget recorded",
  "cessation.notice_sent": "Notice of the ending sent",
  "disagreement.open": "Review of a decision asked for",
  "disagreement.meeting": "Meeting about a review of a decision",
  "disagreement.outcome": "Review of a decision decided",
  "payment.mark_paid": "Payment marked paid",
  "dp_account.update": "Account details changed",
  "bank_details.save": "Bank details saved",
  "bank_details.reveal": "Bank details shown",
  "return.record": "Return recorded",
  "return.remind": "Reminder for a return sent",
  "return.add_evidence": "Evidence added to a return",
  "recovery.decide": "Recovery decided",
  "recovery.letter_sent": "Recovery letter sent",
  "recovery.received": "Recovered money received",
  "account_entry.reverse": "Account entry reversed",
};
export const FIELD_LABELS: Record<string, string> = {
  reference: "Reference",
  type: "Plan type",
  status: "Status",
  issuedOn: "Issued",
  lastAnnualReviewOn: "Last annual review",
  nextAnnualReviewOn: "Next annual review",
  outcomes: "Outcomes (Section E)",
  continuingCareEligible: "Eligible for continuing care",
  shortBreaksLevel: "Short breaks level",
  transportEntitled: "Entitled to transport",
  youngPersonHasCapacity: "Young person has capacity",
  personalDetailsChanged: "Personal details changed",
  personalDetailsRecorded: "Personal details recorded",
  version: "Version",
  seeded: "Loaded with the demo data",
  changeDate: "Change from",
};

export const yesNoUnknown = (value: boolean | null) => (value === null ? "Not known" : value ? "Yes" : "No");

const LIFECYCLE_FIELD_LABELS: Record<string, string> = {
  requestId: "Request", startsOn: "Start date", endsOn: "End date", lines: "Lines", budgetId: "Budget", recipient: "Recipient", recipientName: "Recipient's name",
  signedBy: "Signed by", signedOn: "Date signed", schoolAgreementOn: "Date of the school's written agreement", monitoringTerms: "Monitoring terms",
  recipientChangeReason: "Reason for the change of recipient",
  paymentId: "Instalment", paidOn: "Date paid", reviewId: "Review", heldOn: "Date the review was held", outcome: "Outcome", notes: "Notes", change: "Change",
  "change.changeDate": "Date the change starts", dueOn: "Due date", reasonCode: "Reason", reasonsText: "Written reasons", decidedOn: "Date of the decision",
  annualReviewMeetingOn: "Date of the annual review meeting", noticeSentOn: "Date the written notice was sent", lastPaymentOn: "Last payment date", on: "Date",
};

/** "lines.0.linkedOutcomes" → "Line 1: plan outcomes". */
export function labelLifecycleField(field: string): string {
  const line = /^(?:change\.)?lines\.(\d+)\.(\w+)$/.exec(field);
  if (line) return `Line ${Number(line[1]) + 1}: ${line[2] === "linkedOutcomes" ? "plan outcomes" : line[2] === "annualAmountPence" ? "new annual amount" : line[2] === "frequency" ? "how often" : "line"}`;
  return LIFECYCLE_FIELD_LABELS[field] ?? field;
}
