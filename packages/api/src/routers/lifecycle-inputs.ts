import { z } from "zod";
import { Pence } from "@pb/budgets";
import { AGREEMENT_TERM_MAX_LENGTH, IsoDate } from "@pb/eligibility";
import { Uuid } from "../inputs";

const OutcomeCode = z.string().min(1, "is required").max(40, "must be at most 40 characters");

export const CreateBudget = z.strictObject({
  requestId: Uuid,
  startsOn: IsoDate,
  endsOn: IsoDate,
  lines: z
    .array(z.strictObject({ requestLineId: Uuid, frequency: z.enum(["four_weekly", "monthly", "quarterly", "one_off"]), linkedOutcomes: z.array(OutcomeCode).max(50) }))
    .min(1, "choose at least one approved line")
    .max(50),
});

export const RecordAgreement = z.strictObject({
  budgetId: Uuid,
  recipient: z.enum(["parent", "young_person", "nominee"]),
  recipientName: z.string().min(1, "is required").max(200, "must be at most 200 characters"),
  signedBy: z.string().min(1, "is required").max(200, "must be at most 200 characters"),
  signedOn: IsoDate,
  schoolAgreementOn: IsoDate.nullable(),
  /** Term code (AGREEMENT_TERMS) → what the agreement says; the service refuses a required term left uncovered, naming it. */
  terms: z.record(z.string().max(64), z.string().max(AGREEMENT_TERM_MAX_LENGTH, `must be at most ${AGREEMENT_TERM_MAX_LENGTH} characters`)).optional(),
  /** The monitoring term alone, as the agreement form sent it before the policy named each term. */
  monitoringTerms: z.string().max(4000, "must be at most 4000 characters").optional(),
  recipientChangeReason: z.string().max(2000, "must be at most 2000 characters").nullable().optional(),
});

export const RecordReviewOutcome = z.strictObject({
  reviewId: Uuid,
  version: z.number().int().min(1).max(2_147_483_647),
  heldOn: IsoDate,
  outcome: z.enum(["continue", "change", "cease"]),
  notes: z.string().max(4000, "must be at most 4000 characters"),
  change: z
    .strictObject({ changeDate: IsoDate, lines: z.array(z.strictObject({ budgetLineId: Uuid, annualAmountPence: Pence })).min(1, "change at least one line").max(50) })
    .nullable(),
});

export const RecordCessation = z.strictObject({
  budgetId: Uuid,
  budgetVersion: z.number().int().min(1).max(2_147_483_647),
  reasonCode: z.enum([
    "consent_withdrawn", "recipient_ineligible", "not_used_for_agreed_provision", "provision_not_securable_by_dp",
    "adverse_impact_on_services", "inefficient_use_of_resources", "young_person_consent_not_confirmed",
    "plan_ceased", "moved_out_of_area", "aged_out", "other",
  ]),
  reasonsText: z.string().min(1, "are required").max(4000, "must be at most 4000 characters"),
  decidedOn: IsoDate,
  annualReviewMeetingOn: IsoDate.nullable(),
  noticeSentOn: IsoDate.nullable(),
  lastPaymentOn: IsoDate,
});
