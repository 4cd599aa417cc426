"use client";

import { useRef } from "react";
import { InputField, SelectField as LabelledSelect } from "~/components/form-fields";
import { findProblem, type Problem } from "~/app/(console)/requests/_lib/problems";
import { PLAN_LABELS, fieldId } from "~/app/(console)/requests/_lib/words";
import { PLAN_STATUS_LABELS } from "./case-words";
import type { PlanDraft } from "./drafts";

/** A labelled text or date input with its error, the id the error summary links to. */
export function TextField({ prefix, path, label, value, onChange, type = "text", hint, problems }: { prefix: string; path: string; label: string; value: string; onChange: (v: string) => void; type?: "text" | "date"; hint?: string; problems: readonly Problem[] }) {
  const id = fieldId(prefix, path);
  const error = findProblem(problems, path);
  return <InputField id={id} label={label} hint={hint} hintClassName="source" error={error} describe type={type} value={value} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)} />;
}

export function SelectField({ prefix, path, label, value, options, onChange, problems }: { prefix: string; path: string; label: string; value: string; options: readonly (readonly [string, string])[]; onChange: (v: string) => void; problems: readonly Problem[] }) {
  const id = fieldId(prefix, path);
  const error = findProblem(problems, path);
  return (
    <LabelledSelect id={id} label={label} error={error} describe value={value} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)}>
      {options.map(([code, text]) => (
        <option key={code} value={code}>
          {text}
        </option>
      ))}
    </LabelledSelect>
  );
}

/** The plan's type, status, dates and Section E outcomes; `path` is "plan." inside the new-child form. */
export function PlanInputs({ prefix, path, draft, onChange, problems }: { prefix: string; path: string; draft: PlanDraft; onChange: (d: PlanDraft) => void; problems: readonly Problem[] }) {
  const nextKey = useRef(1000);
  const set = (patch: Partial<PlanDraft>) => onChange({ ...draft, ...patch });
  const setOutcome = (i: number, patch: Partial<PlanDraft["outcomes"][number]>) => set({ outcomes: draft.outcomes.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  function addOutcome() {
    set({ outcomes: [...draft.outcomes, { key: nextKey.current++, code: `E${draft.outcomes.length + 1}`, description: "" }] });
    requestAnimationFrame(() => document.getElementById(fieldId(prefix, `${path}outcomes.${draft.outcomes.length}.description`))?.focus());
  }
  function removeOutcome(i: number) {
    set({ outcomes: draft.outcomes.filter((_, j) => j !== i) });
    requestAnimationFrame(() => document.getElementById(`${prefix}add-outcome`)?.focus());
  }
  return (
    <>
      <SelectField prefix={prefix} path={`${path}type`} label="Plan type" value={draft.type} options={Object.entries(PLAN_LABELS)} onChange={(type) => set({ type })} problems={problems} />
      <SelectField prefix={prefix} path={`${path}status`} label="Plan status" value={draft.status} options={Object.entries(PLAN_STATUS_LABELS)} onChange={(status) => set({ status })} problems={problems} />
      <TextField prefix={prefix} path={`${path}issuedOn`} label="Date issued" type="date" value={draft.issuedOn} onChange={(issuedOn) => set({ issuedOn })} hint="Leave empty while the plan is a draft." problems={problems} />
      <TextField prefix={prefix} path={`${path}lastAnnualReviewOn`} label="Last annual review" type="date" value={draft.lastAnnualReviewOn} onChange={(lastAnnualReviewOn) => set({ lastAnnualReviewOn })} problems={problems} />
      <TextField prefix={prefix} path={`${path}nextAnnualReviewOn`} label="Next annual review" type="date" value={draft.nextAnnualReviewOn} onChange={(nextAnnualReviewOn) => set({ nextAnnualReviewOn })} problems={problems} />
      <fieldset>
        <legend>Outcomes (Section E)</legend>
        {draft.outcomes.length === 0 && <p>No outcomes recorded.</p>}
        {draft.outcomes.map((o, i) => (
          <div key={o.key} className="outcome-row">
            <TextField prefix={prefix} path={`${path}outcomes.${i}.code`} label={`Outcome ${i + 1}: code`} value={o.code} onChange={(code) => setOutcome(i, { code })} problems={problems} />
            <TextField prefix={prefix} path={`${path}outcomes.${i}.description`} label={`Outcome ${i + 1}: what it says`} value={o.description} onChange={(description) => setOutcome(i, { description })} problems={problems} />
            <button type="button" className="button secondary" onClick={() => removeOutcome(i)}>
              Remove outcome {i + 1}
            </button>
          </div>
        ))}
        <button id={`${prefix}add-outcome`} type="button" className="button secondary" onClick={addOutcome} disabled={draft.outcomes.length >= 30}>
          Add an outcome
        </button>
      </fieldset>
    </>
  );
}
