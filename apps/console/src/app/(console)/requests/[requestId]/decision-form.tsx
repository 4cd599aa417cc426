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
import { ConditionFields } from "../_lib/condition-fields";
import { labelConditionField, makeConditionDraft, toConditionInputs, type ConditionView } from "../_lib/condition-draft";
import { makeJudgementDraft, toJudgementInput, type DecisionGuide } from "../_lib/judgement-draft";
import { JudgementFields } from "../_lib/judgement-fields";

type Props = { lineId: string; lineNo: number; requestVersion: number; line: LineAsked; panelName: string | null; today: string; guide: DecisionGuide; canSetAside: boolean; conditions?: readonly ConditionView[] };

/** The panel's decision on one line, recorded at the request version the page was loaded with. */
export function DecisionForm({ lineId, lineNo, requestVersion, line, panelName, today, guide, canSetAside, conditions = [] }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const prefix = `dec-${lineNo}-`;
  const [draft, setDraft] = useState(() => makeDecisionDraft(line));
  const [decidedOn, setDecidedOn] = useState(today);
  const [judgement, setJudgement] = useState(makeJudgementDraft);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [conditionDrafts, setConditionDrafts] = useState(() => conditions.map((c) => makeConditionDraft(c, today)));
  const approving = draft.outcome === "approved" || draft.outcome === "approved_changed";
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
    if (input) record.mutate({ ...input, ...toJudgementInput(judgement, guide, draft.outcome), ...(approving && conditionDrafts.length ? { conditions: toConditionInputs(conditionDrafts) } : {}), requestLineId: lineId, requestVersion, decidedOn });
  }

  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label={`Decision on line ${lineNo}`}>
      <ErrorSummary problems={problems} idPrefix={prefix} labelFor={(f) => labelConditionField(f) ?? labelDecisionField(f)} />
      <DecisionFields idPrefix={prefix} draft={draft} line={line} panelName={panelName} problems={problems} onChange={setDraft} />
      <JudgementFields idPrefix={prefix} canSetAside={canSetAside} guide={guide} draft={judgement} problems={problems} onChange={setJudgement} />
      {approving && conditionDrafts.length > 0 && (
        <section aria-label={`Conditions of the approval of line ${lineNo}`}>
          <h4>Conditions of the approval</h4>
          <p className="lede">The policy check left these to confirm. Record each one confirmed, or approve subject to it: nothing of the line is paid until every condition is confirmed.</p>
          {conditionDrafts.map((c, i) => (
            <ConditionFields key={c.code} idPrefix={prefix} fieldBase={`conditions.${i}.`} draft={c} allowPending problems={problems} today={today} onChange={(next) => setConditionDrafts(conditionDrafts.map((d, j) => (j === i ? next : d)))} />
          ))}
        </section>
      )}
      <InputField id={`${prefix}decidedOn`} label="Date of the decision" error={findProblem(problems, "decidedOn")} type="date" value={decidedOn} max={today} onChange={(e) => setDecidedOn(e.target.value)} />
      <button type="submit" className="button" disabled={record.isPending}>
        Record the decision on line {lineNo}
      </button>
    </form>
  );
}
