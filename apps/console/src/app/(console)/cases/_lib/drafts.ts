import type { CaseChild, CasePlan } from "./types";
import { FIELD_LABELS } from "./case-words";

// What the child and plan forms hold while they are edited: every input's text, turned into the
// procedure's input on submit. The server validates again and names the field it refuses.

export type OutcomeDraft = { key: number; code: string; description: string };
export type PlanDraft = { type: string; status: string; issuedOn: string; lastAnnualReviewOn: string; nextAnnualReviewOn: string; outcomes: OutcomeDraft[] };
export type ChildDraft = {
  reference: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  continuingCareEligible: boolean;
  shortBreaksLevel: string;
  transportEntitled: boolean;
  youngPersonHasCapacity: string;
};

export const EMPTY_PLAN: PlanDraft = { type: "ehcp", status: "draft", issuedOn: "", lastAnnualReviewOn: "", nextAnnualReviewOn: "", outcomes: [{ key: 0, code: "E1", description: "" }] };
export const EMPTY_CHILD: ChildDraft = { reference: "", givenName: "", familyName: "", dateOfBirth: "", continuingCareEligible: false, shortBreaksLevel: "", transportEntitled: false, youngPersonHasCapacity: "" };

export function planToDraft(plan: CasePlan): PlanDraft {
  return {
    type: plan.type,
    status: plan.status,
    issuedOn: plan.issuedOn ?? "",
    lastAnnualReviewOn: plan.lastAnnualReviewOn ?? "",
    nextAnnualReviewOn: plan.nextAnnualReviewOn ?? "",
    outcomes: plan.outcomes.map((o, i) => ({ key: i, code: o.code, description: o.description })),
  };
}

export function childToDraft(child: CaseChild): ChildDraft {
  return {
    reference: child.reference,
    givenName: child.givenName ?? "",
    familyName: child.familyName ?? "",
    dateOfBirth: child.dateOfBirth ?? "",
    continuingCareEligible: child.continuingCareEligible,
    shortBreaksLevel: child.shortBreaksLevel === null ? "" : String(child.shortBreaksLevel),
    transportEntitled: child.transportEntitled,
    youngPersonHasCapacity: child.youngPersonHasCapacity === null ? "" : child.youngPersonHasCapacity ? "yes" : "no",
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

export function toPlanFields(draft: PlanDraft) {
  return {
    type: draft.type as "ehcp",
    status: draft.status as "draft",
    issuedOn: orNull(draft.issuedOn),
    lastAnnualReviewOn: orNull(draft.lastAnnualReviewOn),
    nextAnnualReviewOn: orNull(draft.nextAnnualReviewOn),
    outcomes: draft.outcomes.map((o) => ({ code: o.code.trim(), description: o.description.trim() })),
  };
}

export function toChildFields(draft: ChildDraft) {
  return {
    reference: draft.reference.trim(),
    givenName: draft.givenName.trim(),
    familyName: draft.familyName.trim(),
    dateOfBirth: draft.dateOfBirth,
    continuingCareEligible: draft.continuingCareEligible,
    shortBreaksLevel: draft.shortBreaksLevel === "" ? null : Number(draft.shortBreaksLevel),
    transportEntitled: draft.transportEntitled,
    youngPersonHasCapacity: draft.youngPersonHasCapacity === "" ? null : draft.youngPersonHasCapacity === "yes",
  };
}

const CHILD_FIELD_LABELS: Record<string, string> = { givenName: "Given name", familyName: "Family name", dateOfBirth: "Date of birth" };

/** The words for a field path in an error summary: "plan.outcomes.1.code" → "Outcome 2: code". */
export function labelCaseField(path: string): string {
  const field = path.startsWith("plan.") ? path.slice(5) : path;
  const outcome = /^outcomes\.(\d+)\.(code|description)$/.exec(field);
  if (outcome) return `Outcome ${Number(outcome[1]) + 1}: ${outcome[2] === "code" ? "code" : "what it says"}`;
  return CHILD_FIELD_LABELS[field] ?? FIELD_LABELS[field] ?? field;
}
