import type { Arrangement, PlanStatus, PlanType, ReasonCode, Recipient, RequestStage, Stream } from "./codes";
import type { Frequency } from "./finance";

// Words for messages a parent reads: no codes, no abbreviations left unexplained.

export const STREAM_WORDS: Record<Stream, string> = {
  education: "education",
  health: "health care",
  social_care: "social care",
  transport: "home-to-school travel",
};

export const ARRANGEMENT_WORDS: Record<Arrangement, string> = {
  direct_payment: "a direct payment",
  organised: "a budget organised by the council, school, college or NHS",
  third_party: "a budget held by a third party, such as a broker",
};

export const RECIPIENT_WORDS: Record<Recipient, string> = {
  parent: "a parent or carer",
  young_person: "the young person",
  nominee: "a person nominated by the family",
};

export const STAGE_WORDS: Record<RequestStage, string> = {
  draft_plan: "while a draft plan is being prepared",
  annual_review: "at an annual review",
  reassessment: "at a re-assessment",
  other: "at other times",
};

export const PLAN_WORDS: Record<PlanType, string> = {
  ehcp: "an education, health and care plan (EHCP)",
  child_in_need: "a child in need plan",
  short_breaks: "a short breaks plan",
  health_care_support: "a health care and support plan",
  adult_care_support: "an adult care and support plan",
};

export const STATUS_WORDS: Record<PlanStatus, string> = {
  draft: "in draft",
  final: "final",
  annual_review: "under annual review",
  reassessment: "being re-assessed",
  ceased: "ceased",
};

/** How often a check or a return falls due, with the periods the product counts by (returnPeriodOf). */
export const FREQUENCY_WORDS: Readonly<Record<Frequency, string>> = {
  monthly: "every calendar month",
  quarterly: "every quarter (April, July, October and January)",
  termly: "every school term (autumn from 1 September, spring from 1 January, summer from 1 April)",
  annually: "every financial year (from 1 April)",
};

/** "a, b or c". */
export function joinAlternatives(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A council's own service code read aloud when no name is known: "music_lessons" → "music lessons". */
export function humaniseCode(code: string): string {
  return code.replaceAll("_", " ");
}

/** Each rule a check can find unmet, in a few plain words: for tables that count them and forms that name them. */
export const REASON_CODE_WORDS: Record<ReasonCode, string> = {
  STREAM_NOT_OFFERED: "The council does not offer personal budgets for this stream",
  SERVICE_EXCLUDED: "The service is not one a personal budget can pay for",
  ARRANGEMENT_NOT_OFFERED: "The council does not offer this way of managing the budget",
  EDUCATION_REQUIRES_EHCP: "An education personal budget needs an EHC plan",
  OUTSIDE_REQUEST_WINDOW: "The request was made outside the times a formal request can be made",
  NO_SOCIAL_CARE_ASSESSMENT: "A social care personal budget needs an assessed social care need",
  SHORT_BREAKS_LEVEL_TOO_LOW: "The short breaks level does not give this budget",
  NOT_CONTINUING_CARE_ELIGIBLE: "A personal health budget needs continuing care eligibility",
  AGE_OUT_OF_RANGE: "The child or young person is outside the ages for this budget",
  NOT_TRANSPORT_ENTITLED: "A travel budget needs entitlement to free home-to-school travel",
  NOT_COST_EFFECTIVE: "It costs more than the council arranging the same support",
  COST_COMPARISON_REQUIRED: "The council's own cost still has to be worked out",
  SCHOOL_AGREEMENT_REQUIRED: "The school or college's agreement is needed",
  PROFESSIONAL_IDENTIFICATION_REQUIRED: "A professional must identify the need",
  RECIPIENT_NOT_PERMITTED: "The person named cannot receive a direct payment",
  CAPACITY_NOT_CONFIRMED: "The young person's capacity to manage a direct payment is not confirmed",
  DIRECT_PAYMENT_PROHIBITED_USE: "A direct payment cannot be used for this",
  NO_LINKED_OUTCOME: "The request is not linked to outcomes in the plan",
};
