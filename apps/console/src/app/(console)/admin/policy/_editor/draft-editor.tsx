"use client";

import { type PolicyVocabulary } from "@pb/eligibility";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";

import { useTRPC } from "~/trpc/client";
import { readError, type FieldErrors } from "../_lib/read-errors";
import type { PolicyDocument } from "../_lib/types";
import styles from "../policy.module.css";
import { CessationReasonsForm } from "./cessation-reasons-form";
import { DirectPaymentsForm } from "./direct-payments-form";
import { applyEdit, type Edit } from "./edit-document";
import { ErrorSummary } from "./error-summary";
import { DiscardDraft } from "./discard-draft";
import { FinanceForm } from "./finance-form";
import { PanelsForm } from "./panels-form";
import { ServicesForm } from "./services-form";
import { StreamRulesForm } from "./stream-rules-form";
import { StreamsForm } from "./streams-form";
import { TimeLimitsForm } from "./time-limits-form";

type Props = { draftId: string; initialDocument: PolicyDocument; initialVersion: number; initialNote: string; vocabulary: PolicyVocabulary; inForceId: string | null };

/** The draft, edited whole in the browser and saved whole; the API validates it and names any bad field. */
export function DraftEditor({ draftId, initialDocument, initialVersion, initialNote, vocabulary, inForceId }: Props) {
  const trpc = useTRPC();
  const summary = useRef<HTMLDivElement>(null);
  const [doc, setDoc] = useState(initialDocument);
  const [version, setVersion] = useState(initialVersion);
  const [changeNote, setChangeNote] = useState(initialNote);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<{ conflict: boolean; message: string } | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const save = useMutation(
    trpc.policy.saveDraft.mutationOptions({
      onSuccess: (result) => {
        setVersion(result.version);
        setDirty(false);
        setErrors({});
        setProblem(null);
        setSavedAt(new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" }));
      },
      onError: (error) => {
        const read = readError(error);
        setErrors(read.fieldErrors);
        setProblem({ conflict: read.code === "CONFLICT", message: read.message });
        setSavedAt(null);
        setTimeout(() => summary.current?.focus(), 0);
      },
    }),
  );

  const edit = (...edits: Edit[]) => {
    setDoc((current) => edits.reduce((next, e) => applyEdit(next, e), current));
    setDirty(true);
    setSavedAt(null);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ draftId, version, document: doc, changeNote });
  }

  const group = { doc, errors, vocabulary, edit };
  const noteKey = "changeNote";
  return (
    <form onSubmit={submit} noValidate aria-label="Edit the draft">
      {problem?.conflict ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2>Someone else has saved this draft</h2>
          <p>{problem.message} Your changes on this page have not been saved.</p>
          <button type="button" className="button secondary" onClick={() => window.location.reload()}>
            Reload the draft
          </button>
        </div>
      ) : (
        <ErrorSummary ref={summary} errors={errors} message={Object.keys(errors).length === 0 ? (problem?.message ?? null) : null} />
      )}
      {savedAt && <p role="status">Saved at {savedAt}.</p>}

      <StreamsForm {...group} />
      <ServicesForm {...group} />
      <StreamRulesForm {...group} />
      <DirectPaymentsForm {...group} />
      <TimeLimitsForm {...group} />
      <PanelsForm {...group} />
      <CessationReasonsForm {...group} />
      <FinanceForm {...group} />

      <div className={styles.group}>
        <label htmlFor="f-changeNote">What this draft changes, and why</label>
        {errors[noteKey] && <p className={styles.errorText}>{errors[noteKey].join("; ")}</p>}
        <textarea id="f-changeNote" className={styles.wide} rows={2} value={changeNote} maxLength={2000} onChange={(e) => { setChangeNote(e.target.value); setDirty(true); }} />
        <div className={styles.actions}>
          <button className="button" type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save the draft"}
          </button>
          {dirty ? <span>You have changes that are not saved.</span> : <Link href={`/admin/policy/draft/${draftId}/publish`}>Publish this draft</Link>}
          {inForceId && !dirty && <Link href={`/admin/policy/diff?from=${inForceId}&to=${draftId}`}>Compare with the version in force</Link>}
          {!dirty && <Link href="/admin/policy/try">Try a request</Link>}
          <DiscardDraft draftId={draftId} version={version} />
        </div>
      </div>
    </form>
  );
}
