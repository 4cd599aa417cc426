"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { EMPTY_PLAN, labelCaseField, planToDraft, toPlanFields, type PlanDraft } from "../_lib/drafts";
import { PlanInputs } from "../_lib/plan-inputs";
import type { CasePlan } from "../_lib/types";

/** Changes a plan at the version shown (a stale edit is refused), or adds a plan when none is given. */
export function PlanForm({ childId, plan, label }: { childId: string; plan: CasePlan | null; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const prefix = plan ? `plan-${plan.id.slice(0, 8)}-` : "new-plan-";
  const [draft, setDraft] = useState<PlanDraft>(plan ? planToDraft(plan) : EMPTY_PLAN);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const onError = (error: Parameters<typeof listProblems>[0]) => setProblems(listProblems(error));
  const onSuccess = () => {
    setSaved(true);
    router.refresh();
  };
  const update = useMutation(trpc.plans.update.mutationOptions({ onSuccess, onError }));
  const create = useMutation(trpc.plans.create.mutationOptions({ onSuccess, onError }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    setSaved(false);
    if (plan) update.mutate({ ...toPlanFields(draft), planId: plan.id, version: plan.version });
    else create.mutate({ ...toPlanFields(draft), childId });
  }
  const pending = update.isPending || create.isPending;
  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label={label}>
      <ErrorSummary problems={problems} idPrefix={prefix} labelFor={labelCaseField} />
      <PlanInputs prefix={prefix} path="" draft={draft} onChange={setDraft} problems={problems} />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : plan ? "Save the plan" : "Add the plan"}
        </button>
        <span role="status">{saved ? "Saved." : ""}</span>
      </div>
    </form>
  );
}
