import type { Stream } from "@pb/eligibility";
import type { DecisionExceptionView, JudgementAnswerView } from "../decisions/decision-judgement";
import type { DecisionGuide } from "../decisions/decision-guide";
import type { CheckReason, StoredReason } from "../decisions/stored-reasons";
import type { ConditionView } from "../conditions/load-line-conditions";

export type RequestDecisionView = {
  id: string;
  outcome: "approved" | "approved_changed" | "refused";
  amountPence: number | null;
  arrangement: string | null;
  reasons: StoredReason[];
  panel: string;
  decidedOn: string;
  decidedBy: string | null;
  familyToldOn: string | null;
  letterSentOn: string | null;
  policyVersionNumber: number;
  supersedesDecisionId: string | null;
  supersededById: string | null;
  version: number;
  disagreements: { id: string; requestedOn: string; late: boolean; outcome: string | null }[];
  /** Issue 17: rules of the council's policy the panel set aside, and its answers to the judgement questions. */
  exceptions: DecisionExceptionView[];
  judgements: JudgementAnswerView[];
};

export type RequestLineView = {
  id: string;
  lineNo: number;
  stream: string;
  service: string;
  /** The service in words, as the policy version used for the check names it. */
  serviceName: string;
  arrangement: string;
  recipient: string | null;
  onSchoolPremises: boolean;
  schoolAgreed: boolean | null;
  needIdentifiedByProfessional: boolean | null;
  annualCostPence: number;
  commissionedCostPence: number | null;
  linkedOutcomes: string[];
  check: { outcome: "eligible" | "conditional" | "ineligible"; reasons: CheckReason[]; checkedOn: string; policyVersionId: string; policyVersionNumber: number };
  decisions: RequestDecisionView[];
  currentDecision: RequestDecisionView | null;
  /** The conditions of an approval of a conditional line: recorded, or (before one) what is to confirm. */
  conditions: ConditionView[];
  /** Issue 17: the rules the line fails by source, and the questions the panel answers. */
  guide: DecisionGuide;
};

export type RequestView = {
  id: string;
  childId: string;
  childReference: string;
  planId: string | null;
  stage: string;
  receivedOn: string;
  status: "open" | "decided" | "withdrawn";
  version: number;
  lines: RequestLineView[];
  /** The budget set up from this request (its latest version), if any. */
  budgetId: string | null;
  /** The panel the policy in force today names for each stream; null where the panel is typed in. */
  panels: Record<Stream, string | null>;
};
