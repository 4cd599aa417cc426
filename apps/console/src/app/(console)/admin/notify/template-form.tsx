"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { RouterInputs } from "@pb/api/types";
import { InputField } from "~/components/form-fields";
import { useTRPC } from "~/trpc/client";
import { listProblems, type Problem } from "~/app/(console)/requests/_lib/problems";

type MessageKindCode = RouterInputs["notifyTemplates"]["save"]["kind"];

/** One kind's Notify email template id, saved at the version shown. */
export function TemplateForm({ kind, label, templateId, version }: { kind: MessageKindCode; label: string; templateId: string | null; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [value, setValue] = useState(templateId ?? "");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.notifyTemplates.save.mutationOptions({
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
    save.mutate({ kind, emailTemplateId: value.trim(), version });
  }
  const id = `template-${kind}`;
  const problem = problems.map((p) => p.message).join(" ");
  return (
    <form onSubmit={submit} noValidate aria-label={`The ${label.toLowerCase()} template`}>
      <InputField
        id={id} label={`Email template id for the ${label.toLowerCase()}`} hint={templateId ? undefined : "Not set: this kind of message is not sent by email yet."}
        error={problem || undefined} describe autoComplete="off" spellCheck={false} value={value} onChange={(e) => setValue(e.target.value)}
        aria-invalid={problem ? true : undefined} style={{ width: "24rem", maxWidth: "100%" }}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          Save<span className="visually-hidden"> the {label.toLowerCase()} template</span>
        </button>
        <span role="status">{saved ? "Saved." : ""}</span>
      </div>
    </form>
  );
}
