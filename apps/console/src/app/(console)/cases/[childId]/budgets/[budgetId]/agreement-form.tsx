"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { InputField, SelectField, TextAreaField } from "~/components/form-fields";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { RECIPIENT_LABELS } from "~/app/(console)/requests/_lib/words";
import { labelLifecycleField } from "../../../_lib/case-words";

const PREFIX = "agreement-";
type Recipient = "parent" | "young_person" | "nominee";

/** The written direct payment agreement (T1), and the school's written agreement on its premises (R8). */
export function AgreementForm({ budgetId, needsSchool, today }: { budgetId: string; needsSchool: boolean; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [recipient, setRecipient] = useState<Recipient>("parent");
  const [recipientName, setRecipientName] = useState("");
  const [signedBy, setSignedBy] = useState("");
  const [signedOn, setSignedOn] = useState(today);
  const [schoolAgreementOn, setSchoolAgreementOn] = useState("");
  const [monitoringTerms, setMonitoringTerms] = useState("Quarterly returns with bank statements; unspent money over the policy's limit may be recovered after a decision with reasons.");
  const [problems, setProblems] = useState<Problem[]>([]);
  const record = useMutation(trpc.budgets.recordAgreement.mutationOptions({ onSuccess: () => router.refresh(), onError: (e) => setProblems(listProblems(e)) }));
  const error = (f: string) => findProblem(problems, f);

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    record.mutate({ budgetId, recipient, recipientName, signedBy, signedOn, schoolAgreementOn: schoolAgreementOn || null, monitoringTerms });
  }
  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label="Record the direct payment agreement">
      <h3>Record the agreement</h3>
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={labelLifecycleField} />
      <SelectField id={`${PREFIX}recipient`} label="Who receives the direct payment" error={error("recipient")} value={recipient} onChange={(e) => setRecipient(e.target.value as Recipient)}>
        {Object.entries(RECIPIENT_LABELS).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </SelectField>
      <InputField id={`${PREFIX}recipientName`} label="Recipient's name" error={error("recipientName")} autoComplete="off" value={recipientName} onChange={(e) => setRecipientName(e.target.value)} />
      <InputField id={`${PREFIX}signedBy`} label="Signed by" error={error("signedBy")} autoComplete="off" value={signedBy} onChange={(e) => setSignedBy(e.target.value)} />
      <InputField id={`${PREFIX}signedOn`} label="Date signed" error={error("signedOn")} type="date" max={today} value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
      <InputField
        id={`${PREFIX}schoolAgreementOn`}
        label={`Date of the school's written agreement ${needsSchool ? "(required: the support is on school or college premises)" : "(if the support is on school premises)"}`}
        error={error("schoolAgreementOn")}
        type="date"
        max={today}
        value={schoolAgreementOn}
        onChange={(e) => setSchoolAgreementOn(e.target.value)}
      />
      <TextAreaField id={`${PREFIX}monitoringTerms`} label="Monitoring, review and recovery terms" error={error("monitoringTerms")} rows={3} maxLength={4000} value={monitoringTerms} onChange={(e) => setMonitoringTerms(e.target.value)} />
      {error("budgetId") && <p className="field-error" id={`${PREFIX}budgetId`}>{error("budgetId")}</p>}
      <button type="submit" className="button" disabled={record.isPending}>
        Record the agreement
      </button>
    </form>
  );
}
