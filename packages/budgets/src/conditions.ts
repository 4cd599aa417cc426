// Conditions of a panel approval: what the policy check left "to confirm" on a line (the school's
// agreement, a professional's identification of need, the young person's capacity, the cost
// comparison). Nothing of the line is payable until each is confirmed. Pure rules.

import type { CheckOutcome, DecisionOutcome } from "./decisions";

/** pending: not yet confirmed; confirmed: met, with who/when/evidence; not_met: found not met (e.g. the school refuses). */
export const CONDITION_STATUSES = ["pending", "confirmed", "not_met"] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

/** What a confirmation may record about a condition: it was met, or it was found not met. */
export const CONFIRMATION_RESULTS = ["confirmed", "not_met"] as const;
export type ConfirmationResult = (typeof CONFIRMATION_RESULTS)[number];

export const MAX_CONDITION_TEXT = 2000;
export const MAX_CONFIRMER_LENGTH = 200;

/** What each condition the check can leave open asks to be confirmed, in words for a page or a reason. */
const CONDITION_WORDS: Record<string, string> = {
  SCHOOL_AGREEMENT_REQUIRED: "the school or college's agreement",
  PROFESSIONAL_IDENTIFICATION_REQUIRED: "a professional's identification of the need",
  CAPACITY_NOT_CONFIRMED: "the young person's capacity to manage a direct payment",
  COST_COMPARISON_REQUIRED: "the comparison with what the council would pay to arrange the support",
};

export function describeCondition(code: string): string {
  return CONDITION_WORDS[code] ?? code.toLowerCase().replaceAll("_", " ");
}

/**
 * The conditions an approval of this line carries: every finding of a conditional check (each one
 * "to confirm", since nothing failed). An eligible line has none; an ineligible one is not approved
 * on conditions.
 */
export function findLineConditions<R extends { code: string }>(checkOutcome: CheckOutcome, checkReasons: readonly R[]): R[] {
  if (checkOutcome !== "conditional") return [];
  return checkReasons.filter((r, i) => checkReasons.findIndex((o) => o.code === r.code) === i);
}

export type ConditionConfirmation = { result: ConfirmationResult; what: string; confirmedBy: string; confirmedOn: string; evidence: string };
export type ConditionIssue = { field: "result" | "what" | "confirmedBy" | "confirmedOn" | "evidence"; message: string };

/** Every way a confirmation is incomplete: what, who, when (not future, not before the request) and the evidence. */
export function findConfirmationIssues(c: ConditionConfirmation, dates: { requestReceivedOn: string; today: string }): ConditionIssue[] {
  const issues: ConditionIssue[] = [];
  const text = (field: "what" | "evidence", value: string, words: string) => {
    if (value.trim() === "") issues.push({ field, message: `is required: ${words}` });
    else if (value.length > MAX_CONDITION_TEXT) issues.push({ field, message: `must be at most ${MAX_CONDITION_TEXT} characters` });
  };
  text("what", c.what, "say what was confirmed");
  if (c.confirmedBy.trim() === "") issues.push({ field: "confirmedBy", message: "is required: say who confirmed it (a name or role)" });
  else if (c.confirmedBy.length > MAX_CONFIRMER_LENGTH) issues.push({ field: "confirmedBy", message: `must be at most ${MAX_CONFIRMER_LENGTH} characters` });
  if (c.confirmedOn > dates.today) issues.push({ field: "confirmedOn", message: "cannot be in the future" });
  else if (c.confirmedOn < dates.requestReceivedOn) issues.push({ field: "confirmedOn", message: `cannot be before the request was received (${dates.requestReceivedOn})` });
  text("evidence", c.evidence, "note the evidence seen (a letter, an email, a report)");
  return issues;
}

/**
 * A condition found not met is not a confirmation: the panel cannot approve the line on it, and must
 * refuse it (or decide again on a different request). Returns the codes that stand in the way.
 */
export function findUnmetConditionsBlockingApproval(outcome: DecisionOutcome, conditions: readonly { code: string; status: ConditionStatus }[]): string[] {
  if (outcome === "refused") return [];
  return conditions.filter((c) => c.status === "not_met").map((c) => c.code);
}

/** The reason an instalment waits on its line's conditions, naming each one not yet confirmed. */
export function describeUnconfirmedConditions(codes: readonly string[]): string {
  const words = codes.map(describeCondition);
  const list = words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : (words[0] ?? "");
  return `The panel approved this line subject to ${list}, which ${codes.length > 1 ? "are" : "is"} not yet confirmed.`;
}
