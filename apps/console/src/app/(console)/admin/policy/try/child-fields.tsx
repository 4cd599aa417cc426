"use client";

import styles from "../policy.module.css";
import { CheckboxInput, SelectInput, TextInput } from "./inputs";
import { YES_NO_UNKNOWN, type FieldsProps } from "./try-form-state";

const LEVELS = [{ code: "", label: "Not graded" }, ...["0", "1", "2", "3"].map((l) => ({ code: l, label: `Level ${l}` }))];

/** The child's facts the check reads: age, plans, continuing care, short breaks level, travel entitlement, capacity. */
export function ChildFields({ state, set, errors, vocabulary }: FieldsProps) {
  const setPlan = (i: number, change: Partial<{ type: string; status: string }>) =>
    set({ plans: state.plans.map((p, j) => (j === i ? { ...p, ...change } : p)) });
  return (
    <fieldset className={styles.group}>
      <legend>The child or young person</legend>
      <div className={styles.fields}>
        <TextInput name="request.child.dateOfBirth" label="Date of birth" type="date" errors={errors} value={state.dateOfBirth} onChange={(dateOfBirth) => set({ dateOfBirth })} />
        <SelectInput name="request.child.shortBreaksLevel" label="Short breaks level" errors={errors} value={state.shortBreaksLevel} options={LEVELS} onChange={(shortBreaksLevel) => set({ shortBreaksLevel })} />
        <SelectInput name="request.child.youngPersonHasCapacity" label="Young person has capacity" errors={errors} value={state.youngPersonHasCapacity} options={YES_NO_UNKNOWN} onChange={(youngPersonHasCapacity) => set({ youngPersonHasCapacity })} />
      </div>
      <div className={styles.fields}>
        <CheckboxInput name="request.child.continuingCareEligible" label="Eligible for continuing care (children's to 18, adults' continuing healthcare from 18)" errors={errors} checked={state.continuingCareEligible} onChange={(continuingCareEligible) => set({ continuingCareEligible })} />
        <CheckboxInput name="request.child.transportEntitled" label="Entitled to free home-to-school travel" errors={errors} checked={state.transportEntitled} onChange={(transportEntitled) => set({ transportEntitled })} />
      </div>
      {state.plans.map((plan, i) => (
        <div key={i} className={styles.fields} role="group" aria-label={`Plan ${i + 1}`}>
          <SelectInput name={`request.child.plans.${i}.type`} label={`Plan ${i + 1}: type`} errors={errors} value={plan.type} options={vocabulary.planTypes} onChange={(type) => setPlan(i, { type })} />
          <SelectInput name={`request.child.plans.${i}.status`} label={`Plan ${i + 1}: status`} errors={errors} value={plan.status} options={vocabulary.planStatuses} onChange={(status) => setPlan(i, { status })} />
          <button type="button" className="button secondary" onClick={() => set({ plans: state.plans.filter((_, j) => j !== i) })}>
            Remove plan {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="button secondary" onClick={() => set({ plans: [...state.plans, { type: "ehcp", status: "final" }] })}>
        Add a plan
      </button>
    </fieldset>
  );
}
