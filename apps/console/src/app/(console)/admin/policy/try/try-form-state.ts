

/** What the admin types: text and choices, turned into a request by buildRequest. */
export type TryFormState = {
  asOf: string;
  dateOfBirth: string;
  plans: { type: string; status: string }[];
  continuingCareEligible: boolean;
  shortBreaksLevel: string;
  transportEntitled: boolean;
  youngPersonHasCapacity: string;
  stream: string;
  service: string;
  arrangement: string;
  stage: string;
  recipient: string;
  onSchoolPremises: boolean;
  schoolAgreed: string;
  needIdentifiedByProfessional: string;
  annualCost: string;
  commissionedCost: string;
  linkedOutcomes: string;
};

export type FieldsProps = {
  state: TryFormState;
  set: (change: Partial<TryFormState>) => void;
  errors: Record<string, string[]>;
  vocabulary: PolicyVocabulary;
};

export function initialState(today: string, vocabulary: PolicyVocabulary): TryFormState {
  return {
    asOf: today,
    dateOfBirth: "",
    plans: [{ type: "ehcp", status: "final" }],
    continuingCareEligible: false,
    shortBreaksLevel: "",
    transportEntitled: false,
    youngPersonHasCapacity: "",
    stream: "education",
    service: vocabulary.servicesByStream.education[0] ?? "",
    arrangement: "organised",
    stage: "annual_review",
    recipient: "",
    onSchoolPremises: false,
    schoolAgreed: "",
    needIdentifiedByProfessional: "",
    annualCost: "",
    commissionedCost: "",
    linkedOutcomes: "",
  };
}

/** "" means not known yet (null); "yes" and "no" are true and false. */
export const readYesNo = (value: string): boolean | null => (value === "yes" ? true : value === "no" ? false : null);

export const YES_NO_UNKNOWN = [
  { code: "", label: "Not known yet" },
  { code: "yes", label: "Yes" },
  { code: "no", label: "No" },
];import { type PolicyVocabulary } from "@pb/eligibility";

