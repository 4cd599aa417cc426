import type { Arrangement, PlanStatus, PlanType, Recipient, RequestStage, Stream } from "./codes";

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
