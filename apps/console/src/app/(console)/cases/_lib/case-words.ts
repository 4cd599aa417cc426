// Words for the codes on the children and case pages.

export const PLAN_STATUS_LABELS: Record<string, string> = { draft: "Draft", final: "Final", annual_review: "Under annual review", reassessment: "Under re-assessment", ceased: "Ceased" };
export const AGE_BAND_LABELS: Record<string, string> = { "0-4": "0 to 4", "5-10": "5 to 10", "11-15": "11 to 15", "16-19": "16 to 19", "20-25": "20 to 25" };
export const BUDGET_STATUS_LABELS: Record<string, string> = { active: "Active", superseded: "Replaced by a later version", ceased: "Ceased" };
export const FREQUENCY_LABELS: Record<string, string> = { four_weekly: "Every four weeks", monthly: "Monthly", quarterly: "Quarterly", one_off: "One payment" };
export const REVIEW_KIND_LABELS: Record<string, string> = { first_dp_review: "First direct payment review", annual_review: "Annual review", early_review: "Early review" };
export const REVIEW_RESULT_LABELS: Record<string, string> = { continue: "Continue", change: "Change: a new budget version", cease: "Cease" };
export const CESSATION_LABELS: Record<string, string> = {
  consent_withdrawn: "Consent withdrawn",
  recipient_ineligible: "The recipient is no longer eligible",
  not_used_for_agreed_provision: "Not used for the agreed provision",
  provision_not_securable_by_dp: "The provision cannot be secured by a direct payment",
  adverse_impact_on_services: "Adverse impact on other services",
  inefficient_use_of_resources: "Not an efficient use of resources",
  young_person_consent_not_confirmed: "The young person's consent was not confirmed",
  plan_ceased: "The plan ceased",
  moved_out_of_area: "Moved out of the area",
  aged_out: "Aged out",
  other: "Other",
};
export const ACTION_LABELS: Record<string, string> = {
  "child.create": "Child or young person recorded",
  "child.update": "Details changed",
  "plan.create": "Plan recorded",
  "plan.update": "Plan changed",
  "request.create": "Request recorded",
  "request.withdraw": "Request withdrawn",
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
};

export const yesNoUnknown = (value: boolean | null) => (value === null ? "Not known" : value ? "Yes" : "No");
