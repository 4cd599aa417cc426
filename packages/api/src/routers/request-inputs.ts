import { z } from "zod";
import { CONFIRMATION_RESULTS, MAX_CONDITION_TEXT, MAX_CONFIRMER_LENGTH, Pence } from "@pb/budgets";
import { Arrangement, IsoDate, JUDGEMENT_ANSWERS, JUDGEMENT_TOPICS, MAX_EXCEPTION_REASONS_LENGTH, MAX_JUDGEMENT_NOTE_LENGTH, REASON_CODES, Recipient, RequestStage, ServiceCode, Stream } from "@pb/eligibility";
import { Uuid } from "../inputs";

// Inputs shared by the requests, decisions and disagreements routers.

export const Version = z.number().int().min(1).max(2_147_483_647);

export const RequestLine = z.strictObject({
  stream: Stream,
  service: ServiceCode,
  arrangement: Arrangement,
  recipient: Recipient.nullable(),
  onSchoolPremises: z.boolean(),
  schoolAgreed: z.boolean().nullable(),
  needIdentifiedByProfessional: z.boolean().nullable(),
  annualCostPence: Pence,
  commissionedCostPence: Pence.nullable(),
  linkedOutcomes: z.array(z.string().min(1, "must not be empty").max(40, "must be at most 40 characters")).max(30, "at most 30 outcomes"),
});

export const RequestInput = z.strictObject({
  childId: Uuid,
  planId: Uuid.nullable(),
  stage: RequestStage,
  receivedOn: IsoDate,
  lines: z.array(RequestLine).min(1, "add at least one line").max(20, "at most 20 lines"),
});

export const DecisionReason = z.strictObject({
  code: z.enum(REASON_CODES).nullish(),
  text: z.string().max(2000, "must be at most 2000 characters"),
  source: z.string().max(300, "must be at most 300 characters").nullish(),
});

const ConditionText = (max: number) => z.string().max(max, `must be at most ${max} characters`);

/** What was found about a condition: confirmed or not met, what, who (a name or role), when, and the evidence. */
export const ConditionRecord = z.strictObject({
  result: z.enum(CONFIRMATION_RESULTS),
  what: ConditionText(MAX_CONDITION_TEXT),
  confirmedBy: ConditionText(MAX_CONFIRMER_LENGTH),
  confirmedOn: IsoDate,
  evidence: ConditionText(MAX_CONDITION_TEXT),
});

/** One condition of a conditional line at its decision: recorded, or left pending. */
export const ConditionConfirmation = z.discriminatedUnion("result", [
  z.strictObject({ code: z.enum(REASON_CODES), result: z.literal("pending") }),
  ConditionRecord.extend({ code: z.enum(REASON_CODES) }),
]);
/** A failing rule of the council's own policy that an approval sets aside, with the panel's reasons. */
export const DecisionException = z.strictObject({
  code: z.enum(REASON_CODES),
  reasons: z.string().max(MAX_EXCEPTION_REASONS_LENGTH, `must be at most ${MAX_EXCEPTION_REASONS_LENGTH} characters`),
});

/** The panel's answer to one of the policy's judgement questions. */
export const JudgementAnswer = z.strictObject({
  topic: z.enum(JUDGEMENT_TOPICS),
  answer: z.enum(JUDGEMENT_ANSWERS),
  note: z.string().max(MAX_JUDGEMENT_NOTE_LENGTH, `must be at most ${MAX_JUDGEMENT_NOTE_LENGTH} characters`).nullish(),
});

/** What a panel decides on a line; amount and arrangement left null mean "as asked". */
export const PanelDecision = z.strictObject({
  outcome: z.enum(["approved", "approved_changed", "refused"]),
  amountPence: Pence.nullable(),
  arrangement: Arrangement.nullable(),
  reasons: z.array(DecisionReason).max(20, "at most 20 reasons"),
  panel: z.string().max(200, "must be at most 200 characters").nullable(),
  conditions: z.array(ConditionConfirmation).max(10, "at most 10 conditions").optional(),
  // Issue 17: rules of the council's policy an approval sets aside, and answers to its judgement questions.
  exceptions: z.array(DecisionException).max(20, "at most 20 exceptions").optional(),
  judgements: z.array(JudgementAnswer).max(JUDGEMENT_TOPICS.length, `at most ${JUDGEMENT_TOPICS.length} answers`).optional(),
});
