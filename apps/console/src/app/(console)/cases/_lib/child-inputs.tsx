"use client";

import type { Problem } from "~/app/(console)/requests/_lib/problems";
import { fieldId } from "~/app/(console)/requests/_lib/words";
import type { ChildDraft } from "./drafts";
import { SelectField, TextField } from "./plan-inputs";

function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Who the child or young person is, and the facts the policy check reads. */
export function ChildInputs({ prefix, draft, onChange, problems }: { prefix: string; draft: ChildDraft; onChange: (d: ChildDraft) => void; problems: readonly Problem[] }) {
  const set = (patch: Partial<ChildDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <TextField prefix={prefix} path="reference" label="Reference" value={draft.reference} onChange={(reference) => set({ reference })} hint="The council's case reference, such as DC100123. It is what reports and managers see." problems={problems} />
      <TextField prefix={prefix} path="givenName" label="Given name" value={draft.givenName} onChange={(givenName) => set({ givenName })} problems={problems} />
      <TextField prefix={prefix} path="familyName" label="Family name" value={draft.familyName} onChange={(familyName) => set({ familyName })} problems={problems} />
      <TextField prefix={prefix} path="dateOfBirth" label="Date of birth" type="date" value={draft.dateOfBirth} onChange={(dateOfBirth) => set({ dateOfBirth })} hint="Personal budgets are for children and young people aged 0 to 25." problems={problems} />
      <fieldset>
        <legend>Facts the policy check uses</legend>
        <Checkbox id={fieldId(prefix, "continuingCareEligible")} label="Eligible for continuing care (children's to 18, adults' continuing healthcare from 18)" checked={draft.continuingCareEligible} onChange={(continuingCareEligible) => set({ continuingCareEligible })} />
        <Checkbox id={fieldId(prefix, "transportEntitled")} label="Entitled to home to school transport" checked={draft.transportEntitled} onChange={(transportEntitled) => set({ transportEntitled })} />
        <SelectField prefix={prefix} path="shortBreaksLevel" label="Short breaks level" value={draft.shortBreaksLevel} options={[["", "Not assessed"], ["0", "0"], ["1", "1"], ["2", "2"], ["3", "3"]]} onChange={(shortBreaksLevel) => set({ shortBreaksLevel })} problems={problems} />
        <SelectField prefix={prefix} path="youngPersonHasCapacity" label="Young person (16 or over) has capacity to decide" value={draft.youngPersonHasCapacity} options={[["", "Not known or under 16"], ["yes", "Yes"], ["no", "No"]]} onChange={(youngPersonHasCapacity) => set({ youngPersonHasCapacity })} problems={problems} />
      </fieldset>
    </>
  );
}
