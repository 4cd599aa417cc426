"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { ConditionFields } from "./condition-fields";
import { labelConditionField, makeConditionDraft, type ConditionDraft, type ConditionView } from "./condition-draft";
import { ErrorSummary } from "./error-summary";
import { listProblems, type Problem } from "./problems";

/** Records, after the decision, that a pending condition was confirmed or found not met, at the version seen. */
export function ConfirmConditionForm({ condition, today, context }: { condition: ConditionView & { id: string; version: number }; today: string; context: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const prefix = `cond-${condition.id}-`;
  const [draft, setDraft] = useState<ConditionDraft>(() => ({ ...makeConditionDraft(condition, today), result: "confirmed" }));
  const [problems, setProblems] = useState<Problem[]>([]);
  const confirm = useMutation(
    trpc.decisions.confirmCondition.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (error) => setProblems(listProblems(error)),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.result === "pending") return;
    setProblems([]);
    confirm.mutate({ conditionId: condition.id, version: condition.version, result: draft.result, what: draft.what, confirmedBy: draft.confirmedBy, confirmedOn: draft.confirmedOn, evidence: draft.evidence });
  }

  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label={`Confirm ${condition.label} (${context})`}>
      <ErrorSummary problems={problems} idPrefix={prefix} labelFor={(f) => labelConditionField(f) ?? f} />
      <ConditionFields idPrefix={prefix} fieldBase="" draft={draft} allowPending={false} problems={problems} today={today} onChange={setDraft} />
      <button type="submit" className="button secondary" disabled={confirm.isPending}>
        Record the confirmation<span className="visually-hidden"> of {condition.label} ({context})</span>
      </button>
    </form>
  );
}
