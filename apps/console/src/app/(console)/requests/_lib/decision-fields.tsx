"use client";

import { useRef } from "react";
import { FieldError, InputField, SelectField } from "~/components/form-fields";
import { findProblem, type Problem } from "./problems";
import { ARRANGEMENT_LABELS, DECISION_LABELS, fieldId, formatMoney, labelOf } from "./words";
import type { DecisionDraft, LineAsked } from "./decision-draft";

type Props = { idPrefix: string; fieldBase?: string; draft: DecisionDraft; line: LineAsked; panelName: string | null; problems: readonly Problem[]; onChange: (draft: DecisionDraft) => void };

/** What a panel decides on one line: the outcome, any change, the reasons (R13) and the panel (R12). */
export function DecisionFields({ idPrefix, fieldBase = "", draft, line, panelName, problems, onChange }: Props) {
  const nextKey = useRef(1);
  const id = (f: string) => fieldId(idPrefix, `${fieldBase}${f}`);
  const error = (f: string) => findProblem(problems, `${fieldBase}${f}`);
  const set = (patch: Partial<DecisionDraft>) => onChange({ ...draft, ...patch });
  const asked = `${formatMoney(line.annualCostPence)} a year, ${labelOf(ARRANGEMENT_LABELS, line.arrangement).toLowerCase()}`;
  const reasonsRequired = draft.outcome === "refused" || draft.outcome === "approved_changed";

  function addReason() {
    const key = nextKey.current++;
    set({ reasons: [...draft.reasons, { key, text: "", source: "" }] });
    requestAnimationFrame(() => document.getElementById(`${id("reasons")}-text-${key}`)?.focus());
  }
  function removeReason(key: number) {
    set({ reasons: draft.reasons.filter((r) => r.key !== key) });
    requestAnimationFrame(() => document.getElementById(`${id("reasons")}-add`)?.focus());
  }

  return (
    <>
      <fieldset>
        <legend>Decision</legend>
        <FieldError id={id("outcome")} message={error("outcome")} />
        {(["approved", "approved_changed", "refused"] as const).map((outcome, i) => (
          <div className="radio" key={outcome}>
            <input id={i === 0 ? id("outcome") : `${id("outcome")}-${outcome}`} type="radio" name={id("outcome")} value={outcome} checked={draft.outcome === outcome} onChange={() => set({ outcome })} />
            <label htmlFor={i === 0 ? id("outcome") : `${id("outcome")}-${outcome}`}>
              {DECISION_LABELS[outcome]}
              {outcome === "approved" ? ` (${asked})` : ""}
            </label>
          </div>
        ))}
      </fieldset>
      {draft.outcome === "approved_changed" && (
        <>
          <InputField id={id("amountPence")} label="Amount agreed a year, in pounds" error={error("amountPence")} inputMode="decimal" autoComplete="off" value={draft.amount} aria-invalid={error("amountPence") ? true : undefined} onChange={(e) => set({ amount: e.target.value })} />
          <SelectField id={id("arrangement")} label="Arrangement agreed" error={error("arrangement")} value={draft.arrangement} onChange={(e) => set({ arrangement: e.target.value })}>
            {Object.entries(ARRANGEMENT_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </SelectField>
        </>
      )}
      <fieldset>
        <legend>Reasons{reasonsRequired ? " (required)" : " (optional)"}</legend>
        <p className="lede">Write each reason in plain English: the family reads them in the decision letter, with the rule each rests on.</p>
        <FieldError id={id("reasons")} message={error("reasons")} />
        {line.checkReasons.length > 0 && (
          <fieldset>
            <legend>Reasons from the policy check</legend>
            {line.checkReasons.map((r) => (
              <div className="checkbox" key={r.code}>
                <input id={`${id("reasons")}-check-${r.code}`} type="checkbox" checked={draft.checkReasons.includes(r.code)} onChange={(e) => set({ checkReasons: e.target.checked ? [...draft.checkReasons, r.code] : draft.checkReasons.filter((c) => c !== r.code) })} />
                <label htmlFor={`${id("reasons")}-check-${r.code}`}>
                  {r.message} <span className="source">({r.source})</span>
                </label>
              </div>
            ))}
          </fieldset>
        )}
        {draft.reasons.map((r, i) => (
          <div key={r.key} className="field">
            <label htmlFor={i === 0 ? id("reasons") : `${id("reasons")}-text-${r.key}`}>Reason {i + 1}, in plain English</label>
            <textarea id={i === 0 ? id("reasons") : `${id("reasons")}-text-${r.key}`} rows={3} maxLength={2000} value={r.text} onChange={(e) => set({ reasons: draft.reasons.map((x) => (x.key === r.key ? { ...x, text: e.target.value } : x)) })} />
            <label htmlFor={`${id("reasons")}-source-${r.key}`}>Rule or document reason {i + 1} rests on (optional)</label>
            <input id={`${id("reasons")}-source-${r.key}`} maxLength={300} value={r.source} onChange={(e) => set({ reasons: draft.reasons.map((x) => (x.key === r.key ? { ...x, source: e.target.value } : x)) })} />
            {draft.reasons.length > 1 && (
              <p>
                <button type="button" className="button secondary" onClick={() => removeReason(r.key)}>
                  Remove reason {i + 1}
                </button>
              </p>
            )}
          </div>
        ))}
        <button id={`${id("reasons")}-add`} type="button" className="button secondary" onClick={addReason} disabled={draft.reasons.length >= 10}>
          Add another reason
        </button>
      </fieldset>
      {panelName ? (
        <p>
          Panel: <strong>{panelName}</strong> (named by the policy for this funding stream)
        </p>
      ) : (
        <InputField id={id("panel")} label="Panel that decided" error={error("panel")} maxLength={200} value={draft.panel} aria-invalid={error("panel") ? true : undefined} onChange={(e) => set({ panel: e.target.value })} />
      )}
    </>
  );
}
