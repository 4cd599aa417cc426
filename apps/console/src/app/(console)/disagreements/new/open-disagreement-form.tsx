"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { labelDecisionField } from "~/app/(console)/requests/_lib/decision-draft";
import { InputField, TextAreaField } from "~/components/form-fields";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
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
      <InputField id={`${PREFIX}requestedOn`} label="Date the family asked" error={error("requestedOn")} type="date" max={today} value={requestedOn} onChange={(e) => setRequestedOn(e.target.value)} />
      <InputField id={`${PREFIX}receivedOn`} label="Date the council received the request" error={error("receivedOn")} type="date" max={today} value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
      <TextAreaField id={`${PREFIX}grounds`} label="Grounds: why the family disagrees" error={error("grounds")} rows={5} maxLength={4000} value={grounds} onChange={(e) => setGrounds(e.target.value)} />
      {error("decisionId") && <p id={`${PREFIX}decisionId`} className="field-error">{error("decisionId")}</p>}
      <button type="submit" className="button" disabled={open.isPending}>
        Record the request for a review
      </button>
    </form>
  );
}
