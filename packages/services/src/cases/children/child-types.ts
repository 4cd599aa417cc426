import type { AgeBand, PlanStatus, PlanType, Stream } from "@pb/eligibility";

/** What of a child's identity the caller may see; the API decides it from their roles (@pb/auth). */
export type PersonalDetailsAccess = { names: boolean; dateOfBirth: boolean };

export const CHILD_SORTS = ["reference", "name", "age", "nextReview"] as const;
export type ChildSort = (typeof CHILD_SORTS)[number];

export type ListChildrenInput = {
  search?: string | null;
  planType?: PlanType | null;
  planStatus?: PlanStatus | null;
  hasActiveBudget?: boolean | null;
  stream?: Stream | null;
  ageBand?: AgeBand | null;
  reviewDueBefore?: string | null;
  sort: ChildSort;
  direction: "asc" | "desc";
  page: number;
  pageSize: number;
};

export type ChildListRow = {
  id: string;
  reference: string;
  /** Null when the caller may not see names. */
  name: string | null;
  /** Null when the caller may not see the date of birth. */
  age: number | null;
  plans: { type: string; status: string }[];
  nextAnnualReviewOn: string | null;
  hasActiveBudget: boolean;
  streams: string[];
};

export type ChildList = { rows: ChildListRow[]; total: number; page: number; pageSize: number; access: PersonalDetailsAccess };

export type ChildFacts = {
  continuingCareEligible: boolean;
  shortBreaksLevel: number | null;
  transportEntitled: boolean;
  youngPersonHasCapacity: boolean | null;
};

export type ChildInput = ChildFacts & { reference: string; givenName: string; familyName: string; dateOfBirth: string };

export type PlanOutcomeInput = { code: string; description: string };

export type PlanFields = {
  type: PlanType;
  status: PlanStatus;
  issuedOn: string | null;
  lastAnnualReviewOn: string | null;
  nextAnnualReviewOn: string | null;
  outcomes: PlanOutcomeInput[];
};
