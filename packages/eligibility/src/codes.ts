import { z } from "zod";
import { describeExpected } from "./expected";

// The stable codes of domain.md, spelt exactly as there: the database, API, exports and presets share them.

export const STREAMS = ["education", "health", "social_care", "transport"] as const;
export const Stream = z.enum(STREAMS, { error: describeExpected(`one of ${STREAMS.join(", ")}`) });
export type Stream = z.infer<typeof Stream>;

export const ARRANGEMENTS = ["direct_payment", "organised", "third_party"] as const;
export const Arrangement = z.enum(ARRANGEMENTS, { error: describeExpected(`one of ${ARRANGEMENTS.join(", ")}`) });
export type Arrangement = z.infer<typeof Arrangement>;

export const PLAN_TYPES = ["ehcp", "child_in_need", "short_breaks", "health_care_support", "adult_care_support"] as const;
export const PlanType = z.enum(PLAN_TYPES, { error: describeExpected(`one of ${PLAN_TYPES.join(", ")}`) });
export type PlanType = z.infer<typeof PlanType>;

export const PLAN_STATUSES = ["draft", "final", "annual_review", "reassessment", "ceased"] as const;
export const PlanStatus = z.enum(PLAN_STATUSES, { error: describeExpected(`one of ${PLAN_STATUSES.join(", ")}`) });
export type PlanStatus = z.infer<typeof PlanStatus>;

export const REQUEST_STAGES = ["draft_plan", "annual_review", "reassessment", "other"] as const;
export const RequestStage = z.enum(REQUEST_STAGES, { error: describeExpected(`one of ${REQUEST_STAGES.join(", ")}`) });
export type RequestStage = z.infer<typeof RequestStage>;

export const RECIPIENTS = ["parent", "young_person", "nominee"] as const;
export const Recipient = z.enum(RECIPIENTS, { error: describeExpected(`one of ${RECIPIENTS.join(", ")}`) });
export type Recipient = z.infer<typeof Recipient>;

/** The base catalogue every preset classifies, by the stream it belongs to. */
export const SERVICES_BY_STREAM = {
  education: [
    "top_up_support",
    "school_funded_support",
    "specialist_equipment",
    "tutoring",
    "therapy",
    "eotas_package",
    "central_commissioned",
    "specialist_provision",
    "sla_service",
    "block_contract_service",
    "school_place",
  ],
  transport: ["home_to_school_transport"],
  social_care: [
    "personal_assistant",
    "short_break_activity",
    "overnight_short_break",
    "disability_equipment",
    "permanent_residential_care",
    "household_bills",
    "council_provided_service",
  ],
  health: ["continuing_care_package", "gp_or_emergency_care"],
} as const satisfies Record<Stream, readonly string[]>;

export const SERVICES = [
  ...SERVICES_BY_STREAM.education,
  ...SERVICES_BY_STREAM.transport,
  ...SERVICES_BY_STREAM.social_care,
  ...SERVICES_BY_STREAM.health,
] as const;
export const Service = z.enum(SERVICES, { error: describeExpected("one of the base services") });
export type Service = z.infer<typeof Service>;

/** A base service or one a council adds to its catalogue: lower snake case, like the base codes. */
export const ServiceCode = z
  .string({ error: describeExpected("a service code such as tutoring") })
  .regex(/^[a-z][a-z0-9_]{0,63}$/, { error: describeExpected("a service code in lower snake case, such as tutoring") });
export type ServiceCode = z.infer<typeof ServiceCode>;

export const REASON_CODES = [
  "STREAM_NOT_OFFERED",
  "SERVICE_EXCLUDED",
  "ARRANGEMENT_NOT_OFFERED",
  "EDUCATION_REQUIRES_EHCP",
  "OUTSIDE_REQUEST_WINDOW",
  "NO_SOCIAL_CARE_ASSESSMENT",
  "SHORT_BREAKS_LEVEL_TOO_LOW",
  "NOT_CONTINUING_CARE_ELIGIBLE",
  "AGE_OUT_OF_RANGE",
  "NOT_TRANSPORT_ENTITLED",
  "NOT_COST_EFFECTIVE",
  "COST_COMPARISON_REQUIRED",
  "SCHOOL_AGREEMENT_REQUIRED",
  "PROFESSIONAL_IDENTIFICATION_REQUIRED",
  "RECIPIENT_NOT_PERMITTED",
  "CAPACITY_NOT_CONFIRMED",
  "DIRECT_PAYMENT_PROHIBITED_USE",
  "NO_LINKED_OUTCOME",
] as const;
export const ReasonCode = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ReasonCode>;

export const CESSATION_REASONS = [
  "consent_withdrawn",
  "recipient_ineligible",
  "not_used_for_agreed_provision",
  "provision_not_securable_by_dp",
  "adverse_impact_on_services",
  "inefficient_use_of_resources",
  "young_person_consent_not_confirmed",
  "plan_ceased",
  "moved_out_of_area",
  "aged_out",
  "other",
] as const;
export const CessationReason = z.enum(CESSATION_REASONS, { error: describeExpected(`one of ${CESSATION_REASONS.join(", ")}`) });
export type CessationReason = z.infer<typeof CessationReason>;

export const OUTCOMES = ["eligible", "conditional", "ineligible"] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

/** The stream a base service belongs to, or undefined for a council's own service. */
export function findBaseServiceStream(service: string): Stream | undefined {
  for (const stream of STREAMS) {
    if ((SERVICES_BY_STREAM[stream] as readonly string[]).includes(service)) return stream;
  }
  return undefined;
}
