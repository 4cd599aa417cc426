import type { ConditionView } from "../conditions/load-line-conditions";
import type { PersonalDetailsAccess } from "./child-types";

export type CaseChild = {
  id: string;
  reference: string;
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: string | null;
  age: number | null;
  continuingCareEligible: boolean;
  shortBreaksLevel: number | null;
  transportEntitled: boolean;
  youngPersonHasCapacity: boolean | null;
  version: number;
};

export type CasePlan = {
  id: string;
  type: string;
  status: string;
  issuedOn: string | null;
  lastAnnualReviewOn: string | null;
  nextAnnualReviewOn: string | null;
  version: number;
  outcomes: { id: string; code: string; description: string }[];
};

export type CaseDecision = {
  id: string; outcome: string; amountPence: number | null; arrangement: string | null; decidedOn: string; familyToldOn: string | null; letterSentOn: string | null;
  /** Issue 17: the rules of the council's policy the approval set aside, in words. */
  exceptions: string[];
};

export type CaseRequestLine = {
  id: string;
  lineNo: number;
  stream: string;
  service: string;
  arrangement: string;
  annualCostPence: number;
  checkOutcome: string;
  /** The decision that stands: the latest, since a review's new decision supersedes the old one. */
  decision: CaseDecision | null;
  /** The budget that carries this line's decision, if one has been set up. */
  budgetId: string | null;
  /** Approved, and no budget carries it yet. */
  needsBudget: boolean;
  /** The recorded conditions of its approval (none before a decision, or on an unconditional line). */
  conditions: ConditionView[];
};

export type CaseRequest = { id: string; stage: string; receivedOn: string; status: string; planId: string | null; lines: CaseRequestLine[] };

export type CasePaymentSummary = { scheduledCount: number; scheduledPence: number; paidCount: number; paidPence: number; cancelledCount: number; failedCount: number; nextDueOn: string | null; lastPaidOn: string | null };

export type CaseBudgetLine = {
  id: string;
  stream: string;
  service: string;
  arrangement: string;
  annualAmountPence: number;
  frequency: string;
  startsOn: string;
  endsOn: string;
  suspended: boolean;
  linkedOutcomes: string[];
  payments: CasePaymentSummary;
};

export type CaseAgreement = { id: string; budgetId: string; recipient: string; recipientName: string | null; signedBy: string | null; signedOn: string; schoolAgreementOn: string | null };

export type CaseBudget = {
  id: string;
  budgetVersion: number;
  status: string;
  isCurrent: boolean;
  startsOn: string;
  endsOn: string | null;
  ceasedOn: string | null;
  requestId: string | null;
  supersedesBudgetId: string | null;
  annualTotalPence: number;
  lines: CaseBudgetLine[];
  agreements: CaseAgreement[];
};

export type CaseReview = { id: string; budgetId: string; kind: string; dueOn: string; heldOn: string | null; outcome: string | null; newBudgetId: string | null };

export type CaseCessation = { id: string; budgetId: string; reasonCode: string; reasonsText: string | null; decidedOn: string; noticeDueOn: string | null; noticeSentOn: string | null; lastPaymentOn: string };

export type CaseDisagreement = {
  id: string;
  decisionId: string;
  requestId: string;
  requestedOn: string;
  /** Null when the policy sets no time limit (T7): shown as not set, never late. */
  requestDeadlineOn: string | null;
  decisionDeadlineOn: string | null;
  meetingOn: string | null;
  outcome: string | null;
  outcomeOn: string | null;
  outcomeLetterSentOn: string | null;
};

export type CaseHistoryEntry = { id: string; at: string; who: string | null; action: string; entity: string; entityId: string | null; before: unknown; after: unknown };

/** Changes newest first, and the id to read older ones from (null when there are none). */
export type CaseHistoryPage = { entries: CaseHistoryEntry[]; olderBefore: string | null };

export type CaseView = {
  child: CaseChild;
  plans: CasePlan[];
  requests: CaseRequest[];
  budgets: CaseBudget[];
  reviews: CaseReview[];
  cessations: CaseCessation[];
  disagreements: CaseDisagreement[];
  history: CaseHistoryPage;
  access: PersonalDetailsAccess;
};
