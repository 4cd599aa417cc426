"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { InputField } from "~/components/form-fields";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { findProblem, listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { fieldId } from "~/app/(console)/requests/_lib/words";
import { ADDRESS_LINE_LABELS, CONTACT_FIELD_LABELS, type FamilyContact } from "./family-contact-words";

const PREFIX = "contact-";

type Draft = { addressee: string; email: string; addressLines: string[]; postcode: string };

const toDraft = (c: FamilyContact): Draft => ({
  addressee: c.addressee ?? "",
  email: c.email ?? "",
  addressLines: ADDRESS_LINE_LABELS.map((_, i) => c.addressLines[i] ?? ""),
  postcode: c.postcode ?? "",
});
const orNull = (text: string) => (text.trim() === "" ? null : text);

/** Changes the family's contact details at the version shown; a stale edit is refused and nothing is written. */
export function FamilyContactForm({ contact }: { contact: FamilyContact }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(toDraft(contact));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.familyContact.save.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
      onError: (error) => setProblems(listProblems(error)),
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    setSaved(false);
    save.mutate({ childId: contact.childId, version: contact.version, addressee: orNull(draft.addressee), email: orNull(draft.email), addressLines: draft.addressLines, postcode: orNull(draft.postcode) });
  }
  const id = (field: string) => fieldId(PREFIX, field);
  const error = (field: string) => findProblem(problems, field);
  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label="Change the family's contact details">
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={(f) => CONTACT_FIELD_LABELS[f] ?? f} />
      <InputField
        id={id("email")} label={CONTACT_FIELD_LABELS.email} hint="Messages go by email where the family gave an address, and by post otherwise."
        error={error("email")} describe type="email" autoComplete="off" spellCheck={false} value={draft.email}
        onChange={(e) => setDraft({ ...draft, email: e.target.value })} aria-invalid={error("email") ? true : undefined}
      />
      <InputField
        id={id("addressee")} label={CONTACT_FIELD_LABELS.addressee} hint="Who letters are addressed to, for example Mr and Mrs Okafor."
        error={error("addressee")} describe autoComplete="off" value={draft.addressee}
        onChange={(e) => setDraft({ ...draft, addressee: e.target.value })} aria-invalid={error("addressee") ? true : undefined}
      />
      {ADDRESS_LINE_LABELS.map((label, i) => (
        <InputField
          key={label} id={i === 0 ? id("addressLines") : id(`addressLine${i + 1}`)} label={label} autoComplete="off" value={draft.addressLines[i] ?? ""}
          error={i === 0 ? error("addressLines") : undefined} describe aria-invalid={i === 0 && error("addressLines") ? true : undefined}
          onChange={(e) => setDraft({ ...draft, addressLines: draft.addressLines.map((l, j) => (j === i ? e.target.value : l)) })}
        />
      ))}
      <InputField
        id={id("postcode")} label={CONTACT_FIELD_LABELS.postcode} error={error("postcode")} describe autoComplete="off" value={draft.postcode}
        onChange={(e) => setDraft({ ...draft, postcode: e.target.value })} aria-invalid={error("postcode") ? true : undefined} style={{ width: "10rem" }}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save the contact details"}
        </button>
        <span role="status">{saved ? "Saved." : ""}</span>
      </div>
    </form>
  );
}
