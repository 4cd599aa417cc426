"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { ChildInputs } from "../_lib/child-inputs";
import { EMPTY_CHILD, EMPTY_PLAN, labelCaseField, toChildFields, toPlanFields, type ChildDraft, type PlanDraft } from "../_lib/drafts";
import { PlanInputs } from "../_lib/plan-inputs";

const PREFIX = "new-";

export function NewChildForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [child, setChild] = useState<ChildDraft>(EMPTY_CHILD);
  const [withPlan, setWithPlan] = useState(true);
  const [plan, setPlan] = useState<PlanDraft>(EMPTY_PLAN);
  const [problems, setProblems] = useState<Problem[]>([]);
  const create = useMutation(trpc.children.create.mutationOptions({ onSuccess: (result) => router.push(`/cases/${result.id}`), onError: (error) => setProblems(listProblems(error)) }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    create.mutate({ ...toChildFields(child), plan: withPlan ? toPlanFields(plan) : null });
  }
  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label="Add a child or young person">
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={labelCaseField} />
      <h2>The child or young person</h2>
      <ChildInputs prefix={PREFIX} draft={child} onChange={setChild} problems={problems} />
      <h2>Their plan</h2>
      <div className="checkbox">
        <input id={`${PREFIX}with-plan`} type="checkbox" checked={withPlan} onChange={(e) => setWithPlan(e.target.checked)} />
        <label htmlFor={`${PREFIX}with-plan`}>Record a plan now</label>
      </div>
      {withPlan && <PlanInputs prefix={PREFIX} path="plan." draft={plan} onChange={setPlan} problems={problems} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? "Saving…" : "Save"}
        </button>
      </div>
    </form>
  );
}
