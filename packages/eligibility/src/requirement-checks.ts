import { formatPence } from "@pb/calendar";
import type { CheckContext } from "./check-context";
import { type Finding, addFinding } from "./findings";
import type { RequirementKind, Requirements } from "./stream-policy";
import { STREAM_WORDS, capitalise } from "./wording";

type Found = Omit<Finding, "source"> | undefined;
type Evaluate = (ctx: CheckContext, requirement: NonNullable<Requirements[RequirementKind]>) => Found;

/** Eligibility gates, checked before plans and services; conditions, after them. */
export const GATE_KINDS: readonly RequirementKind[] = ["continuingCare", "transportEntitlement"];
export const CONDITION_KINDS: readonly RequirementKind[] = [
  "schoolAgreement",
  "professionalIdentification",
  "costNoHigherThanCommissioned",
];
export const OUTCOME_KINDS: readonly RequirementKind[] = ["linkedOutcome"];

/** Applies the stream's requirements of these kinds, then the service's (when it is in the catalogue). */
export function checkRequirements(ctx: CheckContext, kinds: readonly RequirementKind[], findings: Finding[]): void {
  const sets = [ctx.stream.requires, ctx.serviceIncluded ? ctx.service?.requires : undefined];
  for (const kind of kinds) {
    for (const requirements of sets) {
      const requirement = requirements?.[kind];
      if (!requirement) continue;
      if (requirement.appliesTo === "direct_payment" && !ctx.isDirectPayment) continue;
      const found = EVALUATORS[kind](ctx, requirement);
      if (found) addFinding(findings, { ...found, source: requirement.source });
    }
  }
}

const EVALUATORS: Record<RequirementKind, Evaluate> = {
  continuingCare: (ctx) =>
    ctx.input.child.continuingCareEligible
      ? undefined
      : {
          code: "NOT_CONTINUING_CARE_ELIGIBLE",
          status: "fails",
          message:
            "A personal health budget is for children and young people who are eligible for continuing care: children's continuing care up to 18, and NHS continuing healthcare for adults from 18.",
        },

  transportEntitlement: (ctx) =>
    ctx.input.child.transportEntitled
      ? undefined
      : {
          code: "NOT_TRANSPORT_ENTITLED",
          status: "fails",
          message:
            "A personal travel budget is only for children and young people who are entitled to free home-to-school travel.",
        },

  schoolAgreement: (ctx, requirement) => {
    const onPremisesOnly = "when" in requirement && requirement.when === "on_school_premises";
    if (onPremisesOnly && !ctx.input.request.onSchoolPremises) return undefined;
    const agreed = ctx.input.request.schoolAgreed;
    if (agreed === true) return undefined;
    const why = onPremisesOnly
      ? "the support is delivered on the school or college's premises"
      : `${ctx.serviceName} can be paid for this way only if the head teacher, principal or centre manager agrees`;
    return agreed === null
      ? {
          code: "SCHOOL_AGREEMENT_REQUIRED",
          status: "to_confirm",
          message: `The school or college's written agreement is still needed, because ${why}.`,
        }
      : {
          code: "SCHOOL_AGREEMENT_REQUIRED",
          status: "fails",
          message: `The school or college has not agreed, and its agreement is needed because ${why}.`,
        };
  },

  professionalIdentification: (ctx) => {
    const identified = ctx.input.request.needIdentifiedByProfessional;
    if (identified === true) return undefined;
    return identified === null
      ? {
          code: "PROFESSIONAL_IDENTIFICATION_REQUIRED",
          status: "to_confirm",
          message: `A professional, such as a therapist or occupational therapist, still needs to confirm the need for ${ctx.serviceName}.`,
        }
      : {
          code: "PROFESSIONAL_IDENTIFICATION_REQUIRED",
          status: "fails",
          message: `${capitalise(ctx.serviceName)} can be paid for only when a professional has identified the need, and no professional has.`,
        };
  },

  costNoHigherThanCommissioned: (ctx) => {
    const { annualCostPence, commissionedCostPence } = ctx.input.request;
    const asked = formatPence(annualCostPence);
    if (commissionedCostPence === null) {
      return {
        code: "COST_COMPARISON_REQUIRED",
        status: "to_confirm",
        message: `The council still needs to work out what arranging the same support itself would cost, to compare with the ${asked} a year asked for.`,
      };
    }
    if (annualCostPence <= commissionedCostPence) return undefined;
    return {
      code: "NOT_COST_EFFECTIVE",
      status: "fails",
      message: `The ${asked} a year asked for is more than the ${formatPence(commissionedCostPence)} a year it would cost the council to arrange the same support.`,
    };
  },

  linkedOutcome: (ctx) =>
    ctx.input.request.linkedOutcomes.length > 0
      ? undefined
      : {
          code: "NO_LINKED_OUTCOME",
          status: "fails",
          message: `A personal budget for ${STREAM_WORDS[ctx.input.request.stream]} must help to achieve outcomes in the plan, and the request names none.`,
        },
};
