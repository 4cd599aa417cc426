import { parsePoundsToPence, penceToInput } from "./words";
import type { Problem } from "./problems";
import type { PanelDecisionInput } from "./types";

export type LineAsked = {
  annualCostPence: number;
  arrangement: string;
  recipient: string | null;
  checkReasons: { code: string; message: string; source: string }[];
};

export type DecisionDraft = {
  outcome: "" | PanelDecisionInput["outcome"];
  amount: string;
  arrangement: string;
  /** Codes of the policy check's reasons the panel gives as its own. */
  checkReasons: string[];
  reasons: { key: number; text: string; source: string }[];
  panel: string;
};

export function makeDecisionDraft(line: LineAsked): DecisionDraft {
  return { outcome: "", amount: penceToInput(line.annualCostPence), arrangement: line.arrangement, checkReasons: [], reasons: [{ key: 0, text: "", source: "" }], panel: "" };
}

/** The decision as the API takes it; amount and arrangement go only with a changed approval. */
export function toPanelDecisionInput(draft: DecisionDraft, line: LineAsked, fieldBase = ""): { input: PanelDecisionInput | null; problems: Problem[] } {
  if (draft.outcome === "") return { input: null, problems: [{ field: `${fieldBase}outcome`, message: "choose the decision" }] };
  const changed = draft.outcome === "approved_changed";
  const amountPence = changed ? parsePoundsToPence(draft.amount) : null;
  if (changed && amountPence === null) return { input: null, problems: [{ field: `${fieldBase}amountPence`, message: "enter an amount in pounds, such as 1250.00" }] };
  const fromCheck = line.checkReasons.filter((r) => draft.checkReasons.includes(r.code)).map((r) => ({ code: r.code as never, text: r.message, source: r.source }));
  const written = draft.reasons.filter((r) => r.text.trim() || r.source.trim()).map((r) => ({ text: r.text, source: r.source.trim() || null }));
  return {
    input: {
      outcome: draft.outcome,
      amountPence,
      arrangement: changed ? (draft.arrangement as PanelDecisionInput["arrangement"]) : null,
      reasons: [...fromCheck, ...written],
      panel: draft.panel.trim() || null,
    },
    problems: [],
  };
}

const LABELS: Record<string, string> = {
  outcome: "Decision",
  amountPence: "Amount agreed",
  arrangement: "Arrangement agreed",
  reasons: "Reasons",
  panel: "Panel",
  decidedOn: "Date of the decision",
  outcomeOn: "Date of the outcome",
  notes: "Reasons for the outcome",
  newDecision: "New decision",
  meetingOn: "Date of the meeting",
  requestedOn: "Date the family asked",
  receivedOn: "Date the request was received",
  grounds: "Grounds",
  exceptions: "Rules of the council's policy set aside",
  judgements: "The policy's questions for the panel",
};

/** "newDecision.reasons.0.text" → "New decision: Reasons". */
export function labelDecisionField(field: string): string {
  const parts = field.split(".");
  if (parts[0] === "newDecision" && parts.length > 1) return `New decision: ${LABELS[parts[1] ?? ""] ?? parts[1]}`;
  return LABELS[parts[0] ?? ""] ?? field;
}

/** Problems on nested reason fields ("reasons.0.text") point at the reasons as a whole. */
export function normaliseDecisionField(field: string): string {
  return field.replace(/^((?:newDecision\.)?reasons)\..*$/, "$1");
}
