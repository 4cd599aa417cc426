import type { PanelDecisionInput, RequestLineView } from "./types";

export type ConditionView = RequestLineView["conditions"][number];
type ConditionInput = NonNullable<PanelDecisionInput["conditions"]>[number];

/** What the page has typed about one condition: left pending, confirmed or found not met, with what/who/when/evidence. */
export type ConditionDraft = { code: string; label: string; description: string; result: "pending" | "confirmed" | "not_met"; what: string; confirmedBy: string; confirmedOn: string; evidence: string };

export const CONDITION_STATUS_LABELS: Record<ConditionView["status"], string> = { pending: "Not yet confirmed", confirmed: "Confirmed", not_met: "Found not met" };

export function makeConditionDraft(condition: ConditionView, today: string): ConditionDraft {
  return { code: condition.code, label: condition.label, description: condition.description, result: "pending", what: "", confirmedBy: "", confirmedOn: today, evidence: "" };
}

/** The conditions as the decision takes them: each one left pending, or recorded with what, who, when and evidence. */
export function toConditionInputs(drafts: readonly ConditionDraft[]): ConditionInput[] {
  return drafts.map((d) =>
    d.result === "pending"
      ? { code: d.code as never, result: "pending" as const }
      : { code: d.code as never, result: d.result, what: d.what, confirmedBy: d.confirmedBy, confirmedOn: d.confirmedOn, evidence: d.evidence },
  );
}

const FIELD_LABELS: Record<string, string> = {
  code: "Condition",
  result: "Condition",
  what: "What was confirmed",
  confirmedBy: "Who confirmed it",
  confirmedOn: "Date it was confirmed",
  evidence: "Evidence",
};

/** "conditions.0.what" → "Condition 1: What was confirmed"; "confirmedOn" → "Date it was confirmed". */
export function labelConditionField(field: string): string | null {
  const nested = /^(?:newDecision\.)?conditions\.(\d+)\.(\w+)$/.exec(field);
  if (nested) return `Condition ${Number(nested[1]) + 1}: ${FIELD_LABELS[nested[2] ?? ""] ?? nested[2]}`;
  return FIELD_LABELS[field] ?? null;
}
