"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { InputField, SelectField, TextAreaField } from "~/components/form-fields";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { RECIPIENT_LABELS, fieldId } from "~/app/(console)/requests/_lib/words";
import { labelLifecycleField } from "../../../_lib/case-words";
import type { BudgetView } from "../_lib/types";

const PREFIX = "agreement-";
type Recipient = "parent" | "young_person" | "nominee";

/**
 * The written direct payment agreement (T1): each term the policy requires, in the agreement's own
 * words; the school's written agreement on its premises (R8); and, when it pays someone other than
 * the recipient the request named, why.
 */
export function AgreementForm({
  budgetId,
  needsSchool,
  today,
  terms,
  requestedRecipients,
}: {
  budgetId: string;
  needsSchool: boolean;
  today: string;
  terms: BudgetView["agreementTerms"];
  requestedRecipients: BudgetView["requestedRecipients"];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const named = requestedRecipients[0];
  const [recipient, setRecipient] = useState<Recipient>(named ?? "parent");
  const [recipientName, setRecipientName] = useState("");
  const [signedBy, setSignedBy] = useState("");
  const [signedOn, setSignedOn] = useState(today);
  const [schoolAgreementOn, setSchoolAgreementOn] = useState("");
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [recipientChangeReason, setRecipientChangeReason] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const record = useMutation(trpc.budgets.recordAgreement.mutationOptions({ onSuccess: () => router.refresh(), onError: (e) => setProblems(listProblems(e)) }));
  const error = (f: string) => findProblem(problems, f);
  const changed = named !== undefined && !requestedRecipients.includes(recipient);
  const labelFor = (field: string) => terms.find((t) => `terms.${t.term}` === field)?.label ?? (field === "recipientChangeReason" ? "Reason for the change of recipient" : labelLifecycleField(field));

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    record.mutate({
      budgetId, recipient, recipientName, signedBy, signedOn, schoolAgreementOn: schoolAgreementOn || null,
      terms: Object.fromEntries(terms.map((t) => [t.term, texts[t.term] ?? ""])),
      recipientChangeReason: changed ? recipientChangeReason : null,
    });
  }
  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label="Record the direct payment agreement">
      <h3>Record the agreement</h3>
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={labelFor} />
      <SelectField
        id={`${PREFIX}recipient`}
        label="Who receives the direct payment"
        hint={named ? `The request named: ${RECIPIENT_LABELS[named] ?? named}.` : undefined}
        describe
        error={error("recipient")}
        value={recipient}
        onChange={(e) => setRecipient(e.target.value as Recipient)}
      >
        {Object.entries(RECIPIENT_LABELS).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </SelectField>
      {changed && (
        <TextAreaField
          id={fieldId(PREFIX, "recipientChangeReason")}
          label="Reason for the change of recipient"
          hint="The agreement pays someone other than the request named: say why."
          describe
          error={error("recipientChangeReason")}
          rows={2}
          maxLength={2000}
          value={recipientChangeReason}
          onChange={(e) => setRecipientChangeReason(e.target.value)}
        />
      )}
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
      <fieldset>
        <legend>What the agreement says: every term the policy requires</legend>
        {terms.map((t) => (
          <TextAreaField
            key={t.term}
            id={fieldId(PREFIX, `terms.${t.term}`)}
            label={t.label}
            hint={`The agreement must say ${t.says} (${t.source}).`}
            describe
            error={error(`terms.${t.term}`)}
            rows={2}
            maxLength={2000}
            value={texts[t.term] ?? ""}
            onChange={(e) => setTexts({ ...texts, [t.term]: e.target.value })}
          />
        ))}
      </fieldset>
      {error("budgetId") && <p className="field-error" id={`${PREFIX}budgetId`}>{error("budgetId")}</p>}
      <button type="submit" className="button" disabled={record.isPending}>
        Record the agreement
      </button>
    </form>
  );
}
