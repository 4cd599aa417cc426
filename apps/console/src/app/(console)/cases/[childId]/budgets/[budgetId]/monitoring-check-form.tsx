"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { MonitoringCheckKind, MonitoringCheckOutcome } from "@pb/reviews";
import { useTRPC } from "~/trpc/client";
import { InputField, SelectField, TextAreaField } from "~/components/form-fields";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";

const WORDS: Record<MonitoringCheckKind, { title: string; button: string }> = {
  monitoring: { title: "Record a monitoring check", button: "Record the monitoring check" },
  finance_check: { title: "Record a finance check", button: "Record the finance check" },
};

/** A check of the direct payment the policy sets (T4); the next falls due from it. */
export function MonitoringCheckForm({ budgetId, kind, today, outcomes }: { budgetId: string; kind: MonitoringCheckKind; today: string; outcomes: [MonitoringCheckOutcome, string][] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const prefix = `${kind}-`;
  const [checkedOn, setCheckedOn] = useState(today);
  const [outcome, setOutcome] = useState<MonitoringCheckOutcome>("satisfactory");
  const [notes, setNotes] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const record = useMutation(trpc.monitoring.recordCheck.mutationOptions({ onSuccess: () => { setNotes(""); router.refresh(); }, onError: (e) => setProblems(listProblems(e)) }));
  const error = (f: string) => findProblem(problems, f);
  function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    record.mutate({ budgetId, kind, checkedOn, outcome, notes });
  }
  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label={WORDS[kind].title}>
      <h3>{WORDS[kind].title}</h3>
      <InputField id={`${prefix}checkedOn`} label="Checked on" error={error("checkedOn") ?? error("budgetId")} type="date" value={checkedOn} onChange={(e) => setCheckedOn(e.target.value)} />
      <SelectField id={`${prefix}outcome`} label="Outcome" error={error("outcome")} value={outcome} onChange={(e) => setOutcome(e.target.value as MonitoringCheckOutcome)}>
        {outcomes.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextAreaField id={`${prefix}notes`} label="Notes (required when there are concerns)" error={error("notes")} rows={2} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <button type="submit" className="button secondary" disabled={record.isPending}>
        {WORDS[kind].button}
      </button>
    </form>
  );
}
