import { AGREEMENT_TERM_WORDS, type AgreementTerm } from "../agreement-terms";
import { DOCUMENT_TITLES, formatSource, type Source } from "../source";
import { type Policy } from "../policy";
import { type PolicyContact } from "../contacts";

// Plain words for a policy's settings, so admins read "Time limits › Asking for a review of a
// decision › number" rather than "timeLimits.reviewRequest.n". Unknown keys are read aloud.

export const SEGMENT_WORDS: Record<string, string> = {
  id: "Policy id",
  name: "Name",
  version: "Version label",
  document: "Document",
  effectiveFrom: "Effective from",
  streams: "Streams",
  education: "Education",
  health: "Health",
  social_care: "Social care",
  transport: "Transport",
  offered: "Offered",
  source: "Source",
  quote: "Quote",
  rule: "Rule",
  panel: "Panel",
  ageRange: "Age limits",
  min: "Youngest age",
  max: "Oldest age",
  qualifyingPlans: "Plans that qualify",
  types: "Plan types",
  statuses: "Plan statuses that count",
  requestStages: "Request windows",
  allowed: "Allowed",
  shortBreaksLevels: "Short breaks levels",
  framework: "Framework",
  levels: "Levels",
  arrangements: "Arrangements",
  direct_payment: "Direct payment",
  organised: "Organised budget",
  third_party: "Held by a third party",
  requires: "Conditions",
  schoolAgreement: "School's agreement",
  professionalIdentification: "A professional identified the need",
  transportEntitlement: "Entitled to free home-to-school travel",
  continuingCare: "Eligible for continuing care (children's to 18, adults' continuing healthcare from 18)",
  costNoHigherThanCommissioned: "Costs no more than the council commissioning it",
  linkedOutcome: "Linked to an outcome in the plan",
  appliesTo: "Applies to",
  when: "When",
  services: "Services",
  personalBudget: "Can be in a personal budget",
  directPayment: "Can be a direct payment",
  explanation: "Explanation for families",
  directPayments: "Direct payments",
  recipients: "Who may receive a direct payment",
  parent: "Parent or carer",
  young_person: "Young person",
  nominee: "Nominated person",
  overCompulsorySchoolAge: "Only once over compulsory school age",
  capacity: "Only with capacity",
  prohibitedUses: "Prohibited uses",
  description: "Description",
  prepaidCards: "Prepaid cards",
  agreement: "Written agreement",
  mustCover: "Terms it must cover",
  timeLimits: "Time limits",
  firstDirectPaymentReview: "First review after the first direct payment",
  annualReview: "Annual review",
  reviewRequest: "Asking for a review of a decision",
  reviewDecision: "Deciding a review of a decision",
  cessationNotice: "Notice of ending a budget",
  returnDue: "Return due after its period ends",
  policyReview: "Formal review of the policy",
  n: "number",
  unit: "unit",
  finance: "Finance",
  returnFrequency: "How often a return is due",
  underspendWeeks: "Underspend recovered above this many weeks of the budget",
  remindersBeforeEscalation: "Reminders before a missing return is escalated",
  monitoringFrequency: "How often the case officer checks spending",
  financeCheckFrequency: "How often finance officers check the account",
  yearEndUnspent: "Money unspent at the year's end",
  sources: "Sources",
  cessationReasons: "Cessation reasons",
  statements: "Statements",
  contacts: "Contacts",
  about: "What to contact them for",
  phone: "Telephone",
};

/** Words for the codes a policy stores as values. */
export const CODE_WORDS: Record<string, string> = {
  days: "days",
  working_days: "working days",
  weeks: "weeks",
  months: "months",
  years: "years",
  any_arrangement: "any arrangement",
  direct_payment: "direct payments only",
  always: "always",
  on_school_premises: "when delivered on school premises",
  ehcp: "EHCP",
  child_in_need: "child in need plan",
  short_breaks: "short breaks plan",
  health_care_support: "health care and support plan",
  adult_care_support: "adult care and support plan",
  draft: "draft",
  final: "final",
  annual_review: "annual review",
  reassessment: "re-assessment",
  ceased: "ceased",
  draft_plan: "draft plan",
  other: "other times",
  returned: "returned to the council",
  carried_forward: "carried forward",
};

/** "streams_offered" or "firstDirectPaymentReview" read aloud: "streams offered", "first direct payment review". */
export function humanise(code: string): string {
  return code
    .replaceAll("_", " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A setting's path in words; service codes take the policy's own service names when it has them. */
export function describeSettingPath(path: string, policy?: Policy): string {
  const parts = path.split(".");
  const words: string[] = [];
  parts.forEach((part, i) => {
    const parent = parts[i - 1];
    if (parent === "streams" && i === 1 && part in SEGMENT_WORDS) {
      words.push(SEGMENT_WORDS[part] ?? part);
      return;
    }
    if (part === "streams" && i === 0) return;
    if (parent === "services" && parts[0] === "streams") {
      const stream = parts[1] as keyof Policy["streams"];
      words.push(capitalise(policy?.streams[stream]?.services[part]?.name ?? humanise(part)));
      return;
    }
    if (parent === "mustCover") {
      words.push(AGREEMENT_TERM_WORDS[part as AgreementTerm]?.label ?? capitalise(humanise(part)));
      return;
    }
    if (parent === "levels") {
      words.push(`Level ${part}`);
      return;
    }
    if (parent === "cessationReasons" || parent === "prohibitedUses" || parent === "statements") {
      words.push(capitalise(humanise(part)));
      return;
    }
    words.push(SEGMENT_WORDS[part] ?? capitalise(humanise(part)));
  });
  return words.join(" › ");
}

function isSource(value: unknown): value is Source {
  if (typeof value !== "object" || value === null || !("document" in value) || !("rule" in value)) return false;
  return value.document === "council" || (typeof value.document === "string" && value.document in DOCUMENT_TITLES);
}

/** A contact of the policy (`contacts` is a list, so a changed contact is compared as a whole list). */
function isContact(value: unknown): value is PolicyContact {
  return typeof value === "object" && value !== null && "name" in value && "about" in value && typeof value.name === "string" && typeof value.about === "string";
}

/** A setting's value in words: yes or no, lists joined, citations as titles, codes as words. */
export function describeSettingValue(value: unknown, policyName = "the council"): string {
  if (value === undefined) return "not set";
  if (value === null) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return CODE_WORDS[value] ?? value;
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map((v) => describeSettingValue(v, policyName)).join(", ");
  if (isSource(value)) {
    const cited = formatSource(value, policyName);
    return value.quote ? `${cited}: “${value.quote}”` : cited;
  }
  if (typeof value === "object" && Object.keys(value).length === 0) return "none";
  if (isContact(value)) return `${value.name}, for ${value.about}${value.phone ? ` (telephone ${value.phone})` : ""}`;
  return JSON.stringify(value);
}
