"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { DecisionFields } from "../_lib/decision-fields";
import { labelDecisionField, makeDecisionDraft, normaliseDecisionField, toPanelDecisionInput, type LineAsked } from "../_lib/decision-draft";
import { InputField } from "~/components/form-fields";
import { ErrorSummary } from "../_lib/error-summary";
import { findProblem, listProblems, type Problem } from "../_lib/problems";
import { makeJudgementDraft, toJudgementInput, type DecisionGuide } from "../_lib/judgement-draft";
import { JudgementFields } from "../_lib/judgement-fields";

type Props = { lineId: string; lineNo: number; requestVersion: number; line: LineAsked; panelName: string | null; today: string; guide: DecisionGuide; canSetAside: boolean };

/** The panel's decision on one line, recorded at the request version the page was loaded with. */
export function DecisionForm({ lineId, lineNo, requestVersion, line, panelName, today, guide, canSetAside }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const prefix = `dec-${lineNo}-`;
  const [draft, setDraft] = useState(() => makeDecisionDraft(line));
  const [decidedOn, setDecidedOn] = useState(today);
  const [judgement, setJudgement] = useState(makeJudgementDraft);
  const [problems, setProblems] = useState<Problem[]>([]);
  const record = useMutation(
    trpc.decisions.record.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (error) => setProblems(listProblems(error).map((p) => ({ ...p, field: p.field && normaliseDecisionField(p.field) }))),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const { input, problems: typed } = toPanelDecisionInput(draft, line);
    setProblems(typed);
    if (input) record.mutate({ ...input, ...toJudgementInput(judgement, guide, draft.outcome), requestLineId: lineId, requestVersion, decidedOn });
  }

  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label={`Decision on line ${lineNo}`}>
      <ErrorSummary problems={problems} idPrefix={prefix} labelFor={labelDecisionField} />
      <DecisionFields idPrefix={prefix} draft={draft} line={line} panelName={panelName} problems={problems} onChange={setDraft} />
      <JudgementFields idPrefix={prefix} canSetAside={canSetAside} guide={guide} draft={judgement} problems={problems} onChange={setJudgement} />
      <InputField id={`${prefix}decidedOn`} label="Date of the decision" error={findProblem(problems, "decidedOn")} type="date" value={decidedOn} max={today} onChange={(e) => setDecidedOn(e.target.value)} />
      <button type="submit" className="button" disabled={record.isPending}>
        Record the decision on line {lineNo}
      </button>
    </form>
  );
}
