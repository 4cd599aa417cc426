"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { InputField, SelectField, TextAreaField } from "~/components/form-fields";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { CESSATION_REASON_LABELS, labelLifecycleField } from "../../../_lib/case-words";
import type { CessationSetupView } from "../../budgets/_lib/types";

const PREFIX = "cessation-";
type Reason = CessationSetupView["reasons"][number];

/** The decision to end a budget (T5, T6): reason, written reasons, dates, notice and the last payment. */
export function CessationForm({ setup, today }: { setup: CessationSetupView; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [reasonCode, setReasonCode] = useState<Reason>("consent_withdrawn");
  const [reasonsText, setReasonsText] = useState("");
  const [decidedOn, setDecidedOn] = useState(today);
  const [annualReviewMeetingOn, setMeeting] = useState(setup.annualReviewMeetingOn ?? "");
  const [noticeSentOn, setNoticeSentOn] = useState("");
  const [lastPaymentOn, setLastPaymentOn] = useState(setup.lastPaidDueOn ?? today);
  const [problems, setProblems] = useState<Problem[]>([]);
  const record = useMutation(trpc.cessations.record.mutationOptions({ onSuccess: () => router.push(`/cases/${setup.childId}/budgets/${setup.budgetId}`), onError: (e) => setProblems(listProblems(e)) }));
  const error = (f: string) => findProblem(problems, f);

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    record.mutate({
      budgetId: setup.budgetId, budgetVersion: setup.budgetVersion, reasonCode, reasonsText, decidedOn,
      annualReviewMeetingOn: annualReviewMeetingOn || null, noticeSentOn: noticeSentOn || null, lastPaymentOn,
    });
  }
  const date = (field: string, label: string, value: string, set: (v: string) => void, hint?: string) => (
    <InputField
      id={`${PREFIX}${field}`}
      label={
        <>
          {label}
          {hint && <span className="source"> {hint}</span>}
        </>
      }
      error={error(field)}
      type="date"
      value={value}
      onChange={(e) => set(e.target.value)}
    />
  );
  return (
    <form className="case-form" onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={labelLifecycleField} />
      <SelectField id={`${PREFIX}reasonCode`} label="Reason" error={error("reasonCode")} value={reasonCode} onChange={(e) => setReasonCode(e.target.value as Reason)}>
        {setup.reasons.map((code) => (
          <option key={code} value={code}>
            {CESSATION_REASON_LABELS[code] ?? code}
          </option>
        ))}
      </SelectField>
      <TextAreaField id={`${PREFIX}reasonsText`} label="Written reasons, as sent to the family" error={error("reasonsText")} rows={4} maxLength={4000} value={reasonsText} onChange={(e) => setReasonsText(e.target.value)} />
      {date("decidedOn", "Date of the decision", decidedOn, setDecidedOn)}
      {date("annualReviewMeetingOn", "Date of the annual review meeting", annualReviewMeetingOn, setMeeting, "(the notice time limit counts from it)")}
      {date("noticeSentOn", "Date the written notice was sent", noticeSentOn, setNoticeSentOn, "(leave empty if not sent yet)")}
      {date("lastPaymentOn", "Last payment date", lastPaymentOn, setLastPaymentOn)}
      {error("budgetId") && <p className="field-error" id={`${PREFIX}budgetId`}>{error("budgetId")}</p>}
      <button type="submit" className="button" disabled={record.isPending}>
        End the budget
      </button>
    </form>
  );
}
