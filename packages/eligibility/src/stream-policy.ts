import { z } from "zod";
import { PlanStatus, PlanType, RequestStage, ServiceCode } from "./codes";
import { describeExpected } from "./expected";
import { Source } from "./source";

const text = z.string({ error: describeExpected("text") }).min(1, { error: "must not be empty" });
const flag = z.boolean({ error: describeExpected("true or false") });
const age = z
  .number({ error: describeExpected("a whole number of years") })
  .int({ error: describeExpected("a whole number of years") })
  .min(0, { error: describeExpected("0 or more") })
  .max(125, { error: describeExpected("at most 125") });

/** Whether a condition holds for every arrangement, or only when the budget is a direct payment. */
export const AppliesTo = z.enum(["any_arrangement", "direct_payment"], {
  error: describeExpected("any_arrangement or direct_payment"),
});
export type AppliesTo = z.infer<typeof AppliesTo>;

const Requirement = z.strictObject({ appliesTo: AppliesTo, source: Source });

/**
 * Conditions a request must meet, set on a stream (every service in it) or on one service.
 * Each maps to one reason code; the check never weighs anything a person must judge.
 */
export const Requirements = z.strictObject({
  /** SCHOOL_AGREEMENT_REQUIRED: always, or only for support delivered on the school's premises (R6, R7, R8). */
  schoolAgreement: z
    .strictObject({
      when: z.enum(["always", "on_school_premises"], { error: describeExpected("always or on_school_premises") }),
      appliesTo: AppliesTo,
      source: Source,
    })
    .optional(),
  /** PROFESSIONAL_IDENTIFICATION_REQUIRED: a professional identified the need (R6). */
  professionalIdentification: Requirement.optional(),
  /** NOT_TRANSPORT_ENTITLED: entitled to free home-to-school travel (R5). */
  transportEntitlement: Requirement.optional(),
  /** NOT_CONTINUING_CARE_ELIGIBLE: eligible for continuing care: children's continuing care to 18, adults' continuing healthcare from 18 (R4). */
  continuingCare: Requirement.optional(),
  /** NOT_COST_EFFECTIVE / COST_COMPARISON_REQUIRED: costs no more than the council commissioning it (R5, R11). */
  costNoHigherThanCommissioned: Requirement.optional(),
  /** NO_LINKED_OUTCOME: linked to at least one outcome in the plan (R12). */
  linkedOutcome: Requirement.optional(),
});
export type Requirements = z.infer<typeof Requirements>;
export type RequirementKind = keyof Requirements;

/** One line of a council's table of provision (R6, R7, R10). */
export const ServiceRule = z.strictObject({
  /** Plain words for a family: "specialist equipment for the child". */
  name: text,
  personalBudget: flag,
  directPayment: flag,
  /** Shown to a family when the service is excluded: why, in plain words. */
  explanation: text.optional(),
  requires: Requirements.optional(),
  source: Source,
});
export type ServiceRule = z.infer<typeof ServiceRule>;

export const ShortBreaksLevel = z.strictObject({
  name: text,
  personalBudget: flag,
  directPayment: flag,
  /** Services a budget may pay for at this level; absent means every service in the stream. */
  services: z.array(ServiceCode).optional(),
});
export type ShortBreaksLevel = z.infer<typeof ShortBreaksLevel>;

/** A graded framework such as Plymouth's Short Break Eligibility Framework (R3). */
export const ShortBreaksLevels = z.strictObject({
  framework: text,
  levels: z.strictObject({ "0": ShortBreaksLevel, "1": ShortBreaksLevel, "2": ShortBreaksLevel, "3": ShortBreaksLevel }),
  source: Source,
});
export type ShortBreaksLevels = z.infer<typeof ShortBreaksLevels>;

export const StreamPolicy = z
  .strictObject({
    offered: flag,
    source: Source,
    /** R12: who decides requests in this stream. */
    panel: z.strictObject({ name: text, source: Source }).optional(),
    /** Inclusive ages in whole years on the date of the check. */
    ageRange: z.strictObject({ min: age, max: age, source: Source }).optional(),
    /** R1, R3, R4: the plans that open this stream, and which of their statuses count. Absent: no plan needed. */
    qualifyingPlans: z
      .strictObject({
        types: z.array(PlanType).min(1, { error: "must name at least one plan type" }),
        statuses: z.array(PlanStatus).min(1, { error: "must name at least one plan status" }),
        source: Source,
      })
      .optional(),
    /** R2: the stages at which a formal request may be made. Absent: at any time. */
    requestStages: z
      .strictObject({ allowed: z.array(RequestStage).min(1, { error: "must name at least one stage" }), source: Source })
      .optional(),
    shortBreaksLevels: ShortBreaksLevels.optional(),
    arrangements: z.strictObject({
      direct_payment: z.strictObject({ offered: flag, source: Source }).optional(),
      organised: z.strictObject({ offered: flag, source: Source }).optional(),
      third_party: z.strictObject({ offered: flag, source: Source }).optional(),
    }),
    requires: Requirements.optional(),
    services: z.record(ServiceCode, ServiceRule),
  })
  .superRefine((stream, ctx) => {
    if (stream.ageRange && stream.ageRange.min > stream.ageRange.max) {
      ctx.addIssue({ code: "custom", path: ["ageRange", "max"], message: "must not be below min" });
    }
    for (const [level, rule] of Object.entries(stream.shortBreaksLevels?.levels ?? {})) {
      for (const [i, service] of (rule.services ?? []).entries()) {
        if (!(service in stream.services)) {
          const path = ["shortBreaksLevels", "levels", level, "services", i];
          ctx.addIssue({ code: "custom", path, message: `"${service}" is not in this stream's services` });
        }
      }
    }
  });
export type StreamPolicy = z.infer<typeof StreamPolicy>;
