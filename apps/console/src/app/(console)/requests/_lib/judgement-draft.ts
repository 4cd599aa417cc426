import type { PanelDecisionInput, RequestLineView } from "./types";

// Issue 17: the part of a decision that sets rules of the policy aside and answers its judgement questions.

export type DecisionGuide = RequestLineView["guide"];

export type JudgementDraft = {
  /** Per failing rule of the council's policy: set aside, and why. */
  exceptions: Record<string, { chosen: boolean; reasons: string }>;
  /** Per question: the answer ("" until chosen) and an optional note. */
  answers: Record<string, { answer: "" | "yes" | "no"; note: string }>;
};

export function makeJudgementDraft(): JudgementDraft {
  return { exceptions: {}, answers: {} };
}

/** The exceptions and answers as the API takes them: only rules chosen, only questions answered. */
export function toJudgementInput(draft: JudgementDraft, guide: DecisionGuide, outcome: string): Pick<PanelDecisionInput, "exceptions" | "judgements"> {
  const approving = outcome === "approved" || outcome === "approved_changed";
  const exceptions = approving
    ? guide.failingRules.filter((r) => r.statutory === null && draft.exceptions[r.code]?.chosen).map((r) => ({ code: r.code as never, reasons: draft.exceptions[r.code]?.reasons ?? "" }))
    : [];
  const judgements = guide.questions.flatMap((q) => {
    const a = draft.answers[q.topic];
    return a && a.answer !== "" ? [{ topic: q.topic, answer: a.answer, note: a.note.trim() || null }] : [];
  });
  return { exceptions, judgements };
}
