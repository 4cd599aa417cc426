"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/client";
import { readError } from "../_lib/read-errors";

/** Throws the draft away, after asking once; the published versions are untouched. */
export function DiscardDraft({ draftId, version }: { draftId: string; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const discard = useMutation(trpc.policy.discardDraft.mutationOptions({ onSuccess: () => router.push("/admin/policy") }));
  if (!asking) {
    return (
      <button type="button" className="button secondary" onClick={() => setAsking(true)}>
        Discard the draft
      </button>
    );
  }
  return (
    <span role="group" aria-label="Confirm discarding the draft">
      <span>Discard every change in this draft? </span>
      <button type="button" className="button secondary" onClick={() => discard.mutate({ draftId, version })} disabled={discard.isPending}>
        Yes, discard it
      </button>{" "}
      <button type="button" className="button secondary" onClick={() => setAsking(false)}>
        No, keep it
      </button>
      {discard.isError && <span role="alert"> {readError(discard.error).message}</span>}
    </span>
  );
}
