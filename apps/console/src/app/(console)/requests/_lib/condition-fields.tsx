"use client";

import { FieldError, InputField, TextAreaField } from "~/components/form-fields";
import { findProblem, type Problem } from "./problems";
import { fieldId } from "./words";
import type { ConditionDraft } from "./condition-draft";

type Props = {
  idPrefix: string;
  /** Where the condition's fields sit in the input, e.g. "conditions.0." or "" for a form of its own. */
  fieldBase: string;
  draft: ConditionDraft;
  /** The decision form may leave a condition pending; a later confirmation records it. */
  allowPending: boolean;
  problems: readonly Problem[];
  today: string;
  onChange: (draft: ConditionDraft) => void;
};

const RESULT_LABELS = {
  pending: "Not confirmed yet: approve subject to it (nothing is paid until it is confirmed)",
  confirmed: "Confirmed",
  not_met: "Found not met (for example, the school does not agree)",
} as const;

/** One condition of an approval: its state, and what was confirmed, by whom, when and on what evidence. */
export function ConditionFields({ idPrefix, fieldBase, draft, allowPending, problems, today, onChange }: Props) {
  const id = (f: string) => fieldId(idPrefix, `${fieldBase}${f}`);
  const error = (f: string) => findProblem(problems, `${fieldBase}${f}`);
  const set = (patch: Partial<ConditionDraft>) => onChange({ ...draft, ...patch });
  const results = allowPending ? (["pending", "confirmed", "not_met"] as const) : (["confirmed", "not_met"] as const);
  return (
    <fieldset>
      <legend>Condition: {draft.label}</legend>
      <p className="lede">{draft.description}</p>
      <FieldError id={id("result")} message={error("result") ?? error("code")} />
      {results.map((result, i) => (
        <div className="radio" key={result}>
          <input id={i === 0 ? id("result") : `${id("result")}-${result}`} type="radio" name={id("result")} value={result} checked={draft.result === result} onChange={() => set({ result })} />
          <label htmlFor={i === 0 ? id("result") : `${id("result")}-${result}`}>{RESULT_LABELS[result]}</label>
        </div>
      ))}
      {draft.result !== "pending" && (
        <>
          <InputField id={id("what")} label="What was confirmed" error={error("what")} maxLength={2000} value={draft.what} describe onChange={(e) => set({ what: e.target.value })} />
          <InputField id={id("confirmedBy")} label="Who confirmed it (name or role)" error={error("confirmedBy")} maxLength={200} value={draft.confirmedBy} describe onChange={(e) => set({ confirmedBy: e.target.value })} />
          <InputField id={id("confirmedOn")} label="Date it was confirmed" error={error("confirmedOn")} type="date" max={today} value={draft.confirmedOn} describe onChange={(e) => set({ confirmedOn: e.target.value })} />
          <TextAreaField id={id("evidence")} label="Evidence (what was seen: a letter, an email, a report)" error={error("evidence")} rows={3} maxLength={2000} value={draft.evidence} describe onChange={(e) => set({ evidence: e.target.value })} />
        </>
      )}
    </fieldset>
  );
}
