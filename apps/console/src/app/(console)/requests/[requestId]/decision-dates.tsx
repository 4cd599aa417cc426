"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { FieldError } from "~/components/form-fields";
import { formatDate } from "../_lib/words";

type Props = { decisionId: string; version: number; familyToldOn: string | null; letterSentOn: string | null; today: string; context?: string };

/** When the family was told and when the letter went: each saved at the version seen (R13, T7). */
export function DecisionDates({ decisionId, version, familyToldOn, letterSentOn, today, context }: Props) {
  return (
    <div className="button-row">
      <DateForm decisionId={decisionId} version={version} kind="told" current={familyToldOn} today={today} context={context} />
      <DateForm decisionId={decisionId} version={version} kind="sent" current={letterSentOn} today={today} context={context} />
    </div>
  );
}

function DateForm({ decisionId, version, kind, current, today, context }: { decisionId: string; version: number; kind: "told" | "sent"; current: string | null; today: string; context?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [on, setOn] = useState(current ?? today);
  const options = { onSuccess: () => router.refresh() };
  const told = useMutation(trpc.decisions.markFamilyTold.mutationOptions(options));
  const sent = useMutation(trpc.decisions.markLetterSent.mutationOptions(options));
  const mutation = kind === "told" ? told : sent;
  const id = `${kind}-${decisionId}`;
  const label = kind === "told" ? "Day the family was told the decision" : "Day the decision letter was sent";
  const inputLabel = kind === "told" ? "Date the family was told" : "Date the letter was sent";

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ decisionId, version, on });
  }
  return (
    <form onSubmit={submit} noValidate className="case-form" aria-label={label}>
      <p>
        {label}: <strong>{current ? formatDate(current) : "not recorded yet"}</strong>
      </p>
      <label htmlFor={id}>
        {inputLabel}
        {context && <span className="visually-hidden"> ({context})</span>}
      </label>
      <FieldError id={id} message={mutation.error?.message} />
      <input id={id} type="date" value={on} max={today} onChange={(e) => setOn(e.target.value)} aria-describedby={mutation.error ? `${id}-error` : undefined} />{" "}
      <button type="submit" className="button secondary" disabled={mutation.isPending}>
        {kind === "told" ? "Record the day the family was told" : "Record the day the letter was sent"}
      </button>
    </form>
  );
}
