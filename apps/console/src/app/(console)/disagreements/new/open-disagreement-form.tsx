"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { labelDecisionField } from "~/app/(console)/requests/_lib/decision-draft";
import { ErrorSummary, FieldError } from "~/app/(console)/requests/_lib/error-summary";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";

const PREFIX = "review-";

/** The family's written request for a review (T7): when they asked, when it arrived, and why. */
export function OpenDisagreementForm({ decisionId, today }: { decisionId: string; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [requestedOn, setRequestedOn] = useState(today);
  const [receivedOn, setReceivedOn] = useState(today);
  const [grounds, setGrounds] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const open = useMutation(trpc.disagreements.open.mutationOptions({ onSuccess: (r) => router.push(`/disagreements/${r.id}`), onError: (e) => setProblems(listProblems(e)) }));
  const error = (f: string) => findProblem(problems, f);

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    open.mutate({ decisionId, requestedOn, receivedOn, grounds });
  }
  return (
    <form className="case-form" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={labelDecisionField} />
      <div className="field">
        <label htmlFor={`${PREFIX}requestedOn`}>Date the family asked</label>
        <FieldError id={`${PREFIX}requestedOn`} message={error("requestedOn")} />
        <input id={`${PREFIX}requestedOn`} type="date" max={today} value={requestedOn} onChange={(e) => setRequestedOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${PREFIX}receivedOn`}>Date the council received the request</label>
        <FieldError id={`${PREFIX}receivedOn`} message={error("receivedOn")} />
        <input id={`${PREFIX}receivedOn`} type="date" max={today} value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${PREFIX}grounds`}>Grounds: why the family disagrees</label>
        <FieldError id={`${PREFIX}grounds`} message={error("grounds")} />
        <textarea id={`${PREFIX}grounds`} rows={5} maxLength={4000} value={grounds} onChange={(e) => setGrounds(e.target.value)} />
      </div>
      {error("decisionId") && <p id={`${PREFIX}decisionId`} className="field-error">{error("decisionId")}</p>}
      <button type="submit" className="button" disabled={open.isPending}>
        Record the request for a review
      </button>
    </form>
  );
}
