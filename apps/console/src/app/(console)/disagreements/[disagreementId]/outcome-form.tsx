"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { DecisionFields } from "~/app/(console)/requests/_lib/decision-fields";
import { makeJudgementDraft, toJudgementInput, type DecisionGuide } from "~/app/(console)/requests/_lib/judgement-draft";
import { JudgementFields } from "~/app/(console)/requests/_lib/judgement-fields";
import { labelDecisionField, makeDecisionDraft, normaliseDecisionField, toPanelDecisionInput, type LineAsked } from "~/app/(console)/requests/_lib/decision-draft";
import { FieldError, InputField, TextAreaField } from "~/components/form-fields";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { REVIEW_OUTCOME_LABELS } from "~/app/(console)/requests/_lib/words";

const PREFIX = "outcome-";
type Outcome = "upheld" | "changed" | "withdrawn";

/** The end of the review: upheld with reasons, changed by a new decision, or withdrawn. */
export function OutcomeForm({ disagreementId, version, line, panelName, today, guide, canSetAside }: { disagreementId: string; version: number; line: LineAsked; panelName: string | null; today: string; guide: DecisionGuide; canSetAside: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | "">("");
  const [outcomeOn, setOutcomeOn] = useState(today);
  const [notes, setNotes] = useState("");
  const [decision, setDecision] = useState(() => makeDecisionDraft(line));
  const [judgement, setJudgement] = useState(makeJudgementDraft);
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = useMutation(
    trpc.disagreements.recordOutcome.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (e) => setProblems(listProblems(e).map((p) => ({ ...p, field: p.field && normaliseDecisionField(p.field) }))),
    }),
  );
  const error = (f: string) => findProblem(problems, f);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (outcome === "") {
      setProblems([{ field: "outcome", message: "choose the outcome of the review" }]);
      return;
    }
    const next = outcome === "changed" ? toPanelDecisionInput(decision, line, "newDecision.") : { input: null, problems: [] };
    setProblems(next.problems);
    if (next.problems.length) return;
    save.mutate({ disagreementId, version, outcome, outcomeOn, notes, newDecision: next.input && { ...next.input, ...toJudgementInput(judgement, guide, next.input.outcome) } });
  }

  return (
    <form className="case-form" onSubmit={submit} noValidate aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">Outcome of the review</h2>
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={labelDecisionField} />
      <fieldset>
        <legend>Outcome</legend>
        <FieldError id={`${PREFIX}outcome`} message={error("outcome")} />
        {(["upheld", "changed", "withdrawn"] as const).map((o, i) => (
          <div className="radio" key={o}>
            <input id={i === 0 ? `${PREFIX}outcome` : `${PREFIX}outcome-${o}`} type="radio" name="review-outcome" checked={outcome === o} onChange={() => setOutcome(o)} />
            <label htmlFor={i === 0 ? `${PREFIX}outcome` : `${PREFIX}outcome-${o}`}>{REVIEW_OUTCOME_LABELS[o]}</label>
          </div>
        ))}
      </fieldset>
      {outcome === "changed" && (
        <fieldset id={`${PREFIX}newDecision`}>
          <legend>The new decision</legend>
          <FieldError id={`${PREFIX}newDecision`} message={error("newDecision")} />
          <DecisionFields idPrefix={PREFIX} fieldBase="newDecision." draft={decision} line={line} panelName={panelName} problems={problems} onChange={setDecision} />
          <JudgementFields idPrefix={PREFIX} fieldBase="newDecision." canSetAside={canSetAside} guide={guide} draft={judgement} problems={problems} onChange={setJudgement} />
        </fieldset>
      )}
      <TextAreaField id={`${PREFIX}notes`} label={<>Reasons for the outcome, for the family{outcome === "upheld" ? " (required)" : ""}</>} error={error("notes")} rows={4} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <InputField id={`${PREFIX}outcomeOn`} label="Date of the outcome" error={error("outcomeOn")} type="date" max={today} value={outcomeOn} onChange={(e) => setOutcomeOn(e.target.value)} />
      <button type="submit" className="button" disabled={save.isPending}>
        Record the outcome
      </button>
    </form>
  );
}
