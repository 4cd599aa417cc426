"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary } from "~/app/(console)/requests/_lib/error-summary";
import { listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";
import { ChildInputs } from "../_lib/child-inputs";
import { childToDraft, labelCaseField, toChildFields, type ChildDraft } from "../_lib/drafts";
import type { CaseChild } from "../_lib/types";

const PREFIX = "child-";

/** Changes the child's details at the version shown; a stale edit is refused and nothing is written. */
export function ChildForm({ child }: { child: CaseChild }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState<ChildDraft>(childToDraft(child));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.children.update.mutationOptions({
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
    update.mutate({ ...toChildFields(draft), childId: child.id, version: child.version });
  }
  return (
    <form className="case-form" onSubmit={submit} noValidate aria-label="Change the child's details">
      <ErrorSummary problems={problems} idPrefix={PREFIX} labelFor={labelCaseField} />
      <ChildInputs prefix={PREFIX} draft={draft} onChange={setDraft} problems={problems} />
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save the details"}
        </button>
        <span role="status">{saved ? "Saved." : ""}</span>
      </div>
    </form>
  );
}
