"use client";

import styles from "../policy.module.css";
import { CheckboxInput, SelectInput, TextInput } from "./inputs";
import { YES_NO_UNKNOWN, type FieldsProps } from "./try-form-state";

const words = (code: string) => code.replaceAll("_", " ");

/** The request line: stream, service, arrangement, stage, recipient, the school's and professional's views, costs, outcomes. */
export function RequestFields({ state, set, errors, vocabulary }: FieldsProps) {
  const services = vocabulary.servicesByStream[state.stream as keyof typeof vocabulary.servicesByStream] ?? [];
  return (
    <fieldset className={styles.group}>
      <legend>The request</legend>
      <div className={styles.fields}>
        <TextInput name="request.asOf" label="Date of the request" type="date" errors={errors} value={state.asOf} onChange={(asOf) => set({ asOf })} />
        <SelectInput
          name="request.request.stream"
          label="Funding stream"
          errors={errors}
          value={state.stream}
          options={vocabulary.streams}
          onChange={(stream) => set({ stream, service: vocabulary.servicesByStream[stream as keyof typeof vocabulary.servicesByStream]?.[0] ?? "" })}
        />
        <SelectInput name="request.request.service" label="Service" errors={errors} value={state.service} options={services.map((code) => ({ code, label: words(code) }))} onChange={(service) => set({ service })} />
        <SelectInput name="request.request.stage" label="Stage" errors={errors} value={state.stage} options={vocabulary.requestStages} onChange={(stage) => set({ stage })} />
      </div>
      <div className={styles.fields}>
        <SelectInput name="request.request.arrangement" label="Arrangement" errors={errors} value={state.arrangement} options={vocabulary.arrangements} onChange={(arrangement) => set({ arrangement })} />
        {state.arrangement === "direct_payment" && (
          <SelectInput
            name="request.request.recipient"
            label="Who would receive the direct payment"
            errors={errors}
            value={state.recipient}
            options={[{ code: "", label: "Choose" }, ...vocabulary.recipients]}
            onChange={(recipient) => set({ recipient })}
          />
        )}
        <SelectInput name="request.request.schoolAgreed" label="The school agreed" errors={errors} value={state.schoolAgreed} options={YES_NO_UNKNOWN} onChange={(schoolAgreed) => set({ schoolAgreed })} />
        <SelectInput name="request.request.needIdentifiedByProfessional" label="A professional identified the need" errors={errors} value={state.needIdentifiedByProfessional} options={YES_NO_UNKNOWN} onChange={(needIdentifiedByProfessional) => set({ needIdentifiedByProfessional })} />
        <CheckboxInput name="request.request.onSchoolPremises" label="Delivered on school premises" errors={errors} checked={state.onSchoolPremises} onChange={(onSchoolPremises) => set({ onSchoolPremises })} />
      </div>
      <div className={styles.fields}>
        <TextInput name="request.request.annualCostPence" label="Cost a year (£)" hint="For example 1200.00" errors={errors} value={state.annualCost} onChange={(annualCost) => set({ annualCost })} />
        <TextInput name="request.request.commissionedCostPence" label="What the council would pay to arrange it (£)" hint="Leave empty if not known yet" errors={errors} value={state.commissionedCost} onChange={(commissionedCost) => set({ commissionedCost })} />
        <TextInput name="request.request.linkedOutcomes" label="Plan outcomes it serves" hint="Codes separated by commas, for example E1, E2" errors={errors} value={state.linkedOutcomes} onChange={(linkedOutcomes) => set({ linkedOutcomes })} />
      </div>
    </fieldset>
  );
}
