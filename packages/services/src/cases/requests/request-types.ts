import type { Arrangement, CheckResult, Recipient, RequestStage, Stream } from "@pb/eligibility";

/** One line of a request: what is asked for, under which stream and arrangement. */
export type RequestLineInput = {
  stream: Stream;
  service: string;
  arrangement: Arrangement;
  recipient: Recipient | null;
  onSchoolPremises: boolean;
  schoolAgreed: boolean | null;
  needIdentifiedByProfessional: boolean | null;
  annualCostPence: number;
  commissionedCostPence: number | null;
  /** Codes of outcomes in the chosen plan ("E1"). */
  linkedOutcomes: string[];
};

export type RequestInput = {
  childId: string;
  planId: string | null;
  stage: RequestStage;
  receivedOn: string;
  lines: RequestLineInput[];
};

export type PolicyVersionRef = { id: string; number: number; effectiveFrom: string };

/** The policy check of every line, as the policy in force on the received date says. */
export type RequestCheck = { policyVersion: PolicyVersionRef; lines: CheckResult[] };
