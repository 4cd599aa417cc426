import { ARRANGEMENTS, CESSATION_REASONS, PLAN_STATUSES, PLAN_TYPES, RECIPIENTS, REQUEST_STAGES, SERVICES_BY_STREAM, STREAMS } from "../codes";
import { DURATION_UNITS, PolicyTimeLimits } from "../time-limits";
import { FREQUENCIES } from "../finance";
import { CODE_WORDS, SEGMENT_WORDS, humanise } from "./describe-setting";

export type Term = { code: string; label: string };

const label = (code: string) => SEGMENT_WORDS[code] ?? CODE_WORDS[code] ?? humanise(code);
const terms = (codes: readonly string[], words: (code: string) => string = label): Term[] => codes.map((code) => ({ code, label: words(code) }));

/**
 * The codes a policy form offers, with their words, as plain data a server page hands to the
 * browser (the browser bundle must not import the domain packages through the services layer).
 */
export function getPolicyVocabulary() {
  return {
    streams: terms(STREAMS),
    servicesByStream: Object.fromEntries(STREAMS.map((s) => [s, [...SERVICES_BY_STREAM[s]]])) as Record<(typeof STREAMS)[number], string[]>,
    arrangements: terms(ARRANGEMENTS),
    recipients: terms(RECIPIENTS),
    planTypes: terms(PLAN_TYPES, (code) => CODE_WORDS[code] ?? humanise(code)),
    planStatuses: terms(PLAN_STATUSES, (code) => CODE_WORDS[code] ?? humanise(code)),
    requestStages: terms(REQUEST_STAGES, (code) => CODE_WORDS[code] ?? humanise(code)),
    durationUnits: terms(DURATION_UNITS, (code) => CODE_WORDS[code] ?? humanise(code)),
    frequencies: terms(FREQUENCIES, humanise),
    timeLimits: terms(Object.keys(PolicyTimeLimits.shape)),
    cessationReasons: terms(CESSATION_REASONS, (code) => humanise(code).replace(/^./, (c) => c.toUpperCase())),
    /** Conditions an admin can set on one service (R5, R6, R8, R11). */
    serviceConditions: terms(["schoolAgreement", "professionalIdentification", "transportEntitlement", "costNoHigherThanCommissioned"]),
    financeFields: terms(["returnFrequency", "underspendWeeks", "remindersBeforeEscalation", "monitoringFrequency", "financeCheckFrequency", "yearEndUnspent"]),
    /** The rule of domain.md a setting the council adds states, for its citation. */
    rules: NEW_SETTING_RULES,
  };
}

const NEW_SETTING_RULES = {
  timeLimits: {
    firstDirectPaymentReview: "T2",
    annualReview: "T3",
    reviewRequest: "T7",
    reviewDecision: "T7",
    cessationNotice: "T6",
    returnDue: "T4",
    policyReview: "T8",
  } as Record<string, string>,
  requirements: {
    schoolAgreement: "R8",
    professionalIdentification: "R6",
    transportEntitlement: "R5",
    continuingCare: "R4",
    costNoHigherThanCommissioned: "R11",
    linkedOutcome: "R12",
  } as Record<string, string>,
  qualifyingPlans: { education: "R1", social_care: "R3", health: "R4", transport: "R5" } as Record<string, string>,
  requestStages: "R2",
  ageRange: "scope",
  arrangements: "scope",
  panel: "R12",
  recipients: "R9",
  finance: "T4",
  cessationReasons: "T5",
  services: "R6",
};

export type PolicyVocabulary = ReturnType<typeof getPolicyVocabulary>;
