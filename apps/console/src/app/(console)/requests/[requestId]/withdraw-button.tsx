"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/trpc/client";

/** The family withdrew the request: lines not yet decided will not be. */
export function WithdrawButton({ requestId, version }: { requestId: string; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(trpc.requests.withdraw.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div>
      {withdraw.isError && (
        <p className="field-error" role="alert">
          {withdraw.error.message}
        </p>
      )}
      <button type="button" className="button secondary" disabled={withdraw.isPending} onClick={() => withdraw.mutate({ requestId, version })}>
        Record that the family withdrew the request
      </button>
    </div>
  );
}
