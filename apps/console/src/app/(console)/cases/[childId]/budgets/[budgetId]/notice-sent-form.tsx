"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { FieldError } from "~/components/form-fields";

/** The day the written notice of the decision to end the budget went (T6). */
export function NoticeSentForm({ cessationId, version, today }: { cessationId: string; version: number; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [on, setOn] = useState(today);
  const mark = useMutation(trpc.cessations.markNoticeSent.mutationOptions({ onSuccess: () => router.refresh() }));
  function submit(event: FormEvent) {
    event.preventDefault();
    mark.mutate({ cessationId, version, on });
  }
  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label="Record the day the notice was sent">
      <label htmlFor="notice-on">Date the written notice was sent</label>
      <FieldError id="notice-on" message={mark.error?.message} />
      <input id="notice-on" type="date" max={today} value={on} onChange={(e) => setOn(e.target.value)} />{" "}
      <button type="submit" className="button secondary" disabled={mark.isPending}>
        Record the notice as sent
      </button>
    </form>
  );
}
