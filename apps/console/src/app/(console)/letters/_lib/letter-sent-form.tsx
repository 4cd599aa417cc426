"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { FieldError } from "~/components/form-fields";
import { formatDate } from "~/app/(console)/requests/_lib/words";

type Props = { kind: "cessation_notice" | "review_outcome"; id: string; version: number; sentOn: string | null; today: string };

const WORDS = {
  cessation_notice: { form: "Day the notice was sent", label: "Date the written notice was sent", button: "Record the notice as sent" },
  review_outcome: { form: "Day the outcome letter was sent", label: "Date the outcome letter was sent", button: "Record the outcome letter as sent" },
} as const;

/** The day a letter to the family went, saved at the version seen and audited; the letter keeps that date. */
export function LetterSentForm({ kind, id, version, sentOn, today }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [on, setOn] = useState(today);
  const options = { onSuccess: () => router.refresh() };
  const notice = useMutation(trpc.cessations.markNoticeSent.mutationOptions(options));
  const outcome = useMutation(trpc.disagreements.markOutcomeLetterSent.mutationOptions(options));
  const mutation = kind === "cessation_notice" ? notice : outcome;
  const words = WORDS[kind];
  const inputId = `${kind}-sent-on`;
  if (sentOn) return <p role="status">{words.form}: <strong>{formatDate(sentOn)}</strong></p>;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (kind === "cessation_notice") notice.mutate({ cessationId: id, version, on });
    else outcome.mutate({ disagreementId: id, version, on });
  }
  return (
    <form onSubmit={submit} noValidate className="case-form" aria-label={words.form}>
      <p>
        {words.form}: <strong>not recorded yet</strong>
      </p>
      <label htmlFor={inputId}>{words.label}</label>
      <FieldError id={inputId} message={mutation.error?.message} />
      <input id={inputId} type="date" value={on} max={today} onChange={(e) => setOn(e.target.value)} aria-describedby={mutation.error ? `${inputId}-error` : undefined} />{" "}
      <button type="submit" className="button secondary" disabled={mutation.isPending}>
        {words.button}
      </button>
    </form>
  );
}
