"use client";

import { FieldError, InputField, SelectField } from "~/components/form-fields";
import { findProblem, type Problem } from "~/app/(console)/requests/_lib/problems";
import { ARRANGEMENT_LABELS, RECIPIENT_LABELS, STREAM_LABELS, fieldId } from "~/app/(console)/requests/_lib/words";
import type { RequestOptions } from "~/app/(console)/requests/_lib/types";
import type { LineDraft } from "./line-draft";

type Props = {
  index: number;
  line: LineDraft;
  options: RequestOptions;
  outcomes: { code: string; description: string }[] | null;
  problems: readonly Problem[];
  canRemove: boolean;
  onChange: (line: LineDraft) => void;
  onRemove: () => void;
};

const PREFIX = "req-";

/** One line of a request: a fieldset whose inputs carry ids the error summary links to. */
export function RequestLineFields({ index, line, options, outcomes, problems, canRemove, onChange, onRemove }: Props) {
  const path = (f: string) => `lines.${index}.${f}`;
  const id = (f: string) => fieldId(PREFIX, path(f));
  const error = (f: string) => findProblem(problems, path(f));
  const set = (patch: Partial<LineDraft>) => onChange({ ...line, ...patch });
  const services = options.streams.find((s) => s.stream === line.stream)?.services ?? [];
  const number = index + 1;

  return (
    <fieldset className="request-line">
      <legend id={`${PREFIX}line-${index}-legend`}>Line {number}</legend>
      <SelectField id={id("stream")} label="Funding stream" error={error("stream")} describe value={line.stream} onChange={(e) => set({ stream: e.target.value, service: options.streams.find((s) => s.stream === e.target.value)?.services[0]?.code ?? "" })}>
        {options.streams.map((s) => (
          <option key={s.stream} value={s.stream}>
            {STREAM_LABELS[s.stream]}
            {s.offered ? "" : " (not offered by the policy)"}
          </option>
        ))}
      </SelectField>
      <SelectField id={id("service")} label="Service" error={error("service")} describe value={line.service} onChange={(e) => set({ service: e.target.value })}>
        {services.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField id={id("arrangement")} label="How the budget would be managed" error={error("arrangement")} describe value={line.arrangement} onChange={(e) => set({ arrangement: e.target.value, recipient: e.target.value === "direct_payment" ? line.recipient : "" })}>
        {Object.entries(ARRANGEMENT_LABELS).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </SelectField>
      {line.arrangement === "direct_payment" && (
        <SelectField id={id("recipient")} label="Who receives the direct payment" error={error("recipient")} describe value={line.recipient} onChange={(e) => set({ recipient: e.target.value })}>
          <option value="">Choose who</option>
          {Object.entries(RECIPIENT_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
      )}
      <div className="field checkbox">
        <input id={id("onSchoolPremises")} type="checkbox" checked={line.onSchoolPremises} onChange={(e) => set({ onSchoolPremises: e.target.checked })} />
        <label htmlFor={id("onSchoolPremises")}>Delivered on school or college premises</label>
      </div>
      {(["schoolAgreed", "needIdentifiedByProfessional"] as const).map((f) => (
        <SelectField key={f} id={id(f)} label={f === "schoolAgreed" ? "Has the school or college agreed?" : "Has a professional identified the need?"} error={error(f)} describe value={line[f]} onChange={(e) => set({ [f]: e.target.value as LineDraft[typeof f] })}>
          <option value="">Not known yet</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </SelectField>
      ))}
      {(["annualCostPence", "commissionedCostPence"] as const).map((f) => (
        <InputField
          key={f}
          id={id(f)}
          label={f === "annualCostPence" ? "Annual cost asked for, in pounds" : "What it would cost the council to commission, in pounds (optional)"}
          hint="For example 1250.00"
          error={error(f)}
          describe
          inputMode="decimal"
          autoComplete="off"
          value={line[f]}
          aria-invalid={error(f) ? true : undefined}
          onChange={(e) => set({ [f]: e.target.value })}
        />
      ))}
      <fieldset className="field">
        <legend>Plan outcomes this line serves</legend>
        <FieldError id={id("linkedOutcomes")} message={error("linkedOutcomes")} />
        {outcomes === null && <p>Choose the plan above to link its outcomes.</p>}
        {outcomes?.length === 0 && <p>The chosen plan has no outcomes recorded.</p>}
        {outcomes?.map((o, i) => (
          <div className="checkbox" key={o.code}>
            <input
              id={i === 0 ? id("linkedOutcomes") : `${id("linkedOutcomes")}-${o.code}`}
              type="checkbox"
              checked={line.linkedOutcomes.includes(o.code)}
              onChange={(e) => set({ linkedOutcomes: e.target.checked ? [...line.linkedOutcomes, o.code] : line.linkedOutcomes.filter((c) => c !== o.code) })}
            />
            <label htmlFor={i === 0 ? id("linkedOutcomes") : `${id("linkedOutcomes")}-${o.code}`}>
              {o.code}: {o.description}
            </label>
          </div>
        ))}
      </fieldset>
      {canRemove && (
        <button type="button" className="button secondary" onClick={onRemove}>
          Remove line {number}
        </button>
      )}
    </fieldset>
  );
}
