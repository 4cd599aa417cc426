"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { InputField, TextAreaField } from "~/components/form-fields";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";

const PREFIX = "early-";

/** An earlier review (T3), when the plan is reviewed early or something changes. */
export function EarlyReviewForm({ budgetId, today }: { budgetId: string; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [dueOn, setDueOn] = useState(today);
  const [notes, setNotes] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const schedule = useMutation(trpc.reviews.scheduleEarly.mutationOptions({ onSuccess: () => { setNotes(""); router.refresh(); }, onError: (e) => setProblems(listProblems(e)) }));
  const error = (f: string) => findProblem(problems, f);
  function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    schedule.mutate({ budgetId, dueOn, notes });
  }
  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label="Start an early review">
      <h3>Start an early review</h3>
      <InputField id={`${PREFIX}dueOn`} label="Review due by" error={error("dueOn")} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      <TextAreaField id={`${PREFIX}notes`} label="Why the review is earlier" error={error("notes") ?? error("budgetId")} rows={2} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <button type="submit" className="button secondary" disabled={schedule.isPending}>
        Start an early review
      </button>
    </form>
  );
}
