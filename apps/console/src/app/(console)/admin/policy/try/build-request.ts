import type { CheckRequest } from "../_lib/types";
import { readPounds } from "./money";
import { readYesNo, type TryFormState } from "./try-form-state";

/** The request as the API takes it; what is not valid is passed on for the API to name. */
export function buildRequest(s: TryFormState): CheckRequest {
  return {
    asOf: s.asOf,
    child: {
      dateOfBirth: s.dateOfBirth,
      plans: s.plans,
      continuingCareEligible: s.continuingCareEligible,
      shortBreaksLevel: s.shortBreaksLevel === "" ? null : Number(s.shortBreaksLevel),
      transportEntitled: s.transportEntitled,
      youngPersonHasCapacity: readYesNo(s.youngPersonHasCapacity),
    },
    request: {
      stream: s.stream,
      service: s.service,
      arrangement: s.arrangement,
      stage: s.stage,
      recipient: s.arrangement === "direct_payment" && s.recipient !== "" ? s.recipient : null,
      onSchoolPremises: s.onSchoolPremises,
      schoolAgreed: readYesNo(s.schoolAgreed),
      needIdentifiedByProfessional: readYesNo(s.needIdentifiedByProfessional),
      annualCostPence: readPounds(s.annualCost),
      commissionedCostPence: s.commissionedCost.trim() === "" ? null : readPounds(s.commissionedCost),
      linkedOutcomes: s.linkedOutcomes.split(",").map((o) => o.trim()).filter((o) => o !== ""),
    },
  } as CheckRequest;
}
