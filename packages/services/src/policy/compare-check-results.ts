import type { CheckResult, Outcome, Reason } from "@pb/eligibility";

export type CheckComparison = {
  /** Same outcome and the same reasons, word for word. */
  same: boolean;
  outcomeChanged: boolean;
  /** Codes of reasons given only under the draft. */
  onlyUnderDraft: string[];
  /** Codes of reasons given only under the version in force. */
  onlyUnderInForce: string[];
  /** Codes given under both, with a different message or source. */
  reworded: string[];
  /** The differences in plain words, most important first. */
  lines: string[];
};

const OUTCOME_WORDS: Record<Outcome, string> = {
  eligible: "eligible",
  conditional: "conditional (something is still to be confirmed)",
  ineligible: "not eligible",
};

/** What the draft would change for one request, against the version in force. */
export function compareCheckResults(inForce: CheckResult, draft: CheckResult): CheckComparison {
  const before = new Map(inForce.reasons.map((r) => [r.code, r]));
  const after = new Map(draft.reasons.map((r) => [r.code, r]));
  const onlyUnderDraft = draft.reasons.filter((r) => !before.has(r.code));
  const onlyUnderInForce = inForce.reasons.filter((r) => !after.has(r.code));
  const reworded = draft.reasons.filter((r) => {
    const old = before.get(r.code);
    return old !== undefined && (old.message !== r.message || old.source !== r.source);
  });
  const outcomeChanged = inForce.outcome !== draft.outcome;
  const lines = [
    outcomeChanged
      ? `The outcome changes from ${OUTCOME_WORDS[inForce.outcome]} under the version in force to ${OUTCOME_WORDS[draft.outcome]} under the draft.`
      : `The outcome is the same under both: ${OUTCOME_WORDS[draft.outcome]}.`,
    ...onlyUnderDraft.map((r) => `Only under the draft: ${describeReason(r)}`),
    ...onlyUnderInForce.map((r) => `Only under the version in force: ${describeReason(r)}`),
    ...reworded.map((r) => `Given under both, but worded or cited differently under the draft: ${describeReason(r)}`),
  ];
  const same = !outcomeChanged && onlyUnderDraft.length + onlyUnderInForce.length + reworded.length === 0;
  if (same) lines.push("The draft gives the same reasons as the version in force.");
  return {
    same,
    outcomeChanged,
    onlyUnderDraft: onlyUnderDraft.map((r) => r.code),
    onlyUnderInForce: onlyUnderInForce.map((r) => r.code),
    reworded: reworded.map((r) => r.code),
    lines,
  };
}

function describeReason(reason: Reason): string {
  return `${reason.code} — ${reason.message} (${reason.source})`;
}
