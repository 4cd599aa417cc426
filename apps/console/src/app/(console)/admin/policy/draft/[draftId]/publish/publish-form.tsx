"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { fieldId, readError } from "../../../_lib/read-errors";

/** The effective date, checked by the API (not in the past, after the latest published version). */
export function PublishForm({ draftId, version, hint }: { draftId: string; version: number; hint: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  const [effectiveFrom, setEffectiveFrom] = useState("");
  const publish = useMutation(
    trpc.policy.publish.mutationOptions({
      onSuccess: () => {
        router.push("/admin/policy?published=1");
        router.refresh();
      },
      onError: () => setTimeout(() => summary.current?.focus(), 0),
    }),
  );
  const error = publish.isError ? readError(publish.error) : null;
  const dateError = error?.fieldErrors.effectiveFrom?.join("; ");
  const id = fieldId("effectiveFrom");

  function submit(event: FormEvent) {
    event.preventDefault();
    publish.mutate({ draftId, version, effectiveFrom });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish</h2>
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h3>There is a problem</h3>
          <ul>
            <li>{dateError ? <a href={`#${id}`}>Effective from: {dateError}</a> : error.message}</li>
          </ul>
        </div>
      )}
      <div>
        <label htmlFor={id}>Effective from</label>
        <p id={`${id}-hint`} className="lede">
          {hint}
        </p>
        {dateError && (
          <p id={`${id}-error`} className="field-error">
            {dateError}
          </p>
        )}
        <input
          id={id}
          type="date"
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.target.value)}
          aria-describedby={dateError ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={dateError ? true : undefined}
        />
      </div>
      <p>
        <button className="button" type="submit" disabled={publish.isPending || publish.isSuccess}>
          Publish the draft
        </button>
      </p>
    </form>
  );
}
