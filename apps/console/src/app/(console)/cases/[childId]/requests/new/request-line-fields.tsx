"use client";

import { FieldError } from "~/app/(console)/requests/_lib/error-summary";
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
  const described = (f: string, hint?: boolean) => [hint ? `${id(f)}-hint` : "", error(f) ? `${id(f)}-error` : ""].filter(Boolean).join(" ") || undefined;
  const set = (patch: Partial<LineDraft>) => onChange({ ...line, ...patch });
  const services = options.streams.find((s) => s.stream === line.stream)?.services ?? [];
  const number = index + 1;

  return (
    <fieldset className="request-line">
      <legend id={`${PREFIX}line-${index}-legend`}>Line {number}</legend>
      <div className="field">
        <label htmlFor={id("stream")}>Funding stream</label>
        <FieldError id={id("stream")} message={error("stream")} />
        <select id={id("stream")} value={line.stream} aria-describedby={described("stream")} onChange={(e) => set({ stream: e.target.value, service: options.streams.find((s) => s.stream === e.target.value)?.services[0]?.code ?? "" })}>
          {options.streams.map((s) => (
            <option key={s.stream} value={s.stream}>
              {STREAM_LABELS[s.stream]}
              {s.offered ? "" : " (not offered by the policy)"}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("service")}>Service</label>
        <FieldError id={id("service")} message={error("service")} />
        <select id={id("service")} value={line.service} aria-describedby={described("service")} onChange={(e) => set({ service: e.target.value })}>
          {services.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("arrangement")}>How the budget would be managed</label>
        <FieldError id={id("arrangement")} message={error("arrangement")} />
        <select id={id("arrangement")} value={line.arrangement} aria-describedby={described("arrangement")} onChange={(e) => set({ arrangement: e.target.value, recipient: e.target.value === "direct_payment" ? line.recipient : "" })}>
          {Object.entries(ARRANGEMENT_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {line.arrangement === "direct_payment" && (
        <div className="field">
          <label htmlFor={id("recipient")}>Who receives the direct payment</label>
          <FieldError id={id("recipient")} message={error("recipient")} />
          <select id={id("recipient")} value={line.recipient} aria-describedby={described("recipient")} onChange={(e) => set({ recipient: e.target.value })}>
            <option value="">Choose who</option>
            {Object.entries(RECIPIENT_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field checkbox">
        <input id={id("onSchoolPremises")} type="checkbox" checked={line.onSchoolPremises} onChange={(e) => set({ onSchoolPremises: e.target.checked })} />
        <label htmlFor={id("onSchoolPremises")}>Delivered on school or college premises</label>
      </div>
      {(["schoolAgreed", "needIdentifiedByProfessional"] as const).map((f) => (
        <div className="field" key={f}>
          <label htmlFor={id(f)}>{f === "schoolAgreed" ? "Has the school or college agreed?" : "Has a professional identified the need?"}</label>
          <FieldError id={id(f)} message={error(f)} />
          <select id={id(f)} value={line[f]} aria-describedby={described(f)} onChange={(e) => set({ [f]: e.target.value as LineDraft[typeof f] })}>
            <option value="">Not known yet</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </div>
      ))}
      {(["annualCostPence", "commissionedCostPence"] as const).map((f) => (
        <div className="field" key={f}>
          <label htmlFor={id(f)}>{f === "annualCostPence" ? "Annual cost asked for, in pounds" : "What it would cost the council to commission, in pounds (optional)"}</label>
          <p id={`${id(f)}-hint`} className="lede">
            For example 1250.00
          </p>
          <FieldError id={id(f)} message={error(f)} />
          <input id={id(f)} inputMode="decimal" autoComplete="off" value={line[f]} aria-describedby={described(f, true)} aria-invalid={error(f) ? true : undefined} onChange={(e) => set({ [f]: e.target.value })} />
        </div>
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
