"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { InputField, SelectField } from "~/components/form-fields";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { PLAN_LABELS, STAGE_LABELS, fieldId, labelOf } from "~/app/(console)/requests/_lib/words";
import type { RequestCheck, RequestOptions } from "~/app/(console)/requests/_lib/types";
import { CheckResults } from "./check-results";
import { labelRequestField, makeLineDraft, toRequestInput, type LineDraft, type RequestDraft } from "./line-draft";
import { RequestLineFields } from "./request-line-fields";

const PREFIX = "req-";

export function NewRequestForm({ options, today }: { options: RequestOptions; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const nextKey = useRef(1);
  const [draft, setDraft] = useState<RequestDraft>({ stage: "annual_review", receivedOn: today, planId: options.plans[0]?.id ?? "", lines: [makeLineDraft(0, options)] });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [check, setCheck] = useState<RequestCheck | null>(null);
  const preview = useMutation(trpc.requests.preview.mutationOptions({ onSuccess: (result) => setCheck(result), onError: (error) => setProblems(listProblems(error)) }));
  const create = useMutation(trpc.requests.create.mutationOptions({ onSuccess: (result) => router.push(`/requests/${result.id}`), onError: (error) => setProblems(listProblems(error)) }));
  const outcomes = options.plans.find((p) => p.id === draft.planId)?.outcomes ?? null;

  // Any change makes an earlier check out of date, so it is cleared rather than left to mislead.
  function update(patch: Partial<RequestDraft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setCheck(null);
  }
  function updateLine(index: number, line: LineDraft) {
    update({ lines: draft.lines.map((l, i) => (i === index ? line : l)) });
  }
  function addLine() {
    const key = nextKey.current++;
    update({ lines: [...draft.lines, makeLineDraft(key, options)] });
    requestAnimationFrame(() => document.getElementById(fieldId(PREFIX, `lines.${draft.lines.length}.stream`))?.focus());
  }
  function removeLine(index: number) {
    update({ lines: draft.lines.filter((_, i) => i !== index) });
    requestAnimationFrame(() => document.getElementById(`${PREFIX}add-line`)?.focus());
  }
  function run(action: "preview" | "create") {
    const { input, problems: typed } = toRequestInput(options.childId, draft);
    setProblems(typed);
    if (!input) return;
    if (action === "preview") preview.mutate(input);
    else create.mutate(input);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    run("create");
  }

  const error = (f: string) => findProblem(problems, f);
  return (
    <form className="case-form" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={labelRequestField} />
      <SelectField id={`${PREFIX}stage`} label="When the request was made" error={error("stage")} value={draft.stage} onChange={(e) => update({ stage: e.target.value })}>
        {Object.entries(STAGE_LABELS).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </SelectField>
      <InputField id={`${PREFIX}receivedOn`} label="Date received" error={error("receivedOn")} type="date" value={draft.receivedOn} max={today} aria-invalid={error("receivedOn") ? true : undefined} describe onChange={(e) => update({ receivedOn: e.target.value })} />
      <SelectField id={`${PREFIX}planId`} label="Plan the request is made under" error={error("planId")} value={draft.planId} onChange={(e) => update({ planId: e.target.value, lines: draft.lines.map((l) => ({ ...l, linkedOutcomes: [] })) })}>
        <option value="">No plan</option>
        {options.plans.map((p) => (
          <option key={p.id} value={p.id}>
            {labelOf(PLAN_LABELS, p.type)} ({p.status.replaceAll("_", " ")})
          </option>
        ))}
      </SelectField>
      <h2>What the family asks for</h2>
      {draft.lines.map((line, i) => (
        <RequestLineFields key={line.key} index={i} line={line} options={options} outcomes={outcomes} problems={problems} canRemove={draft.lines.length > 1} onChange={(l) => updateLine(i, l)} onRemove={() => removeLine(i)} />
      ))}
      <div className="button-row">
        <button id={`${PREFIX}add-line`} type="button" className="button secondary" onClick={addLine} disabled={draft.lines.length >= 20}>
          Add another line
        </button>
        <button type="button" className="button secondary" onClick={() => run("preview")} disabled={preview.isPending}>
          Check against the policy
        </button>
      </div>
      <CheckResults check={check} lines={draft.lines} options={options} pending={preview.isPending} />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? "Saving…" : "Save the request"}
        </button>
      </div>
    </form>
  );
}
