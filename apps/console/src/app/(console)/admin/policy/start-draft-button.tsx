"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/trpc/client";
import { readError } from "./_lib/read-errors";

/** Opens the council's draft as a copy of the version in force, and goes to edit it. */
export function StartDraftButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const open = useMutation(trpc.policy.openDraft.mutationOptions({ onSuccess: ({ draftId }) => router.push(`/admin/policy/draft/${draftId}`) }));
  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">Change the policy</h2>
      <p>A draft starts as a copy of the latest published version. Nothing changes for anyone until you publish it.</p>
      {open.isError && (
        <div className="error-summary" role="alert">
          <h3>The draft could not be started</h3>
          <p>{readError(open.error).message}</p>
        </div>
      )}
      <button className="button" type="button" onClick={() => open.mutate({})} disabled={open.isPending || open.isSuccess}>
        Start a draft
      </button>
    </section>
  );
}
