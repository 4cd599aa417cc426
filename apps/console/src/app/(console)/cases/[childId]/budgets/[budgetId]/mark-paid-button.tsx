"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/client";
import { formatDate } from "~/app/(console)/requests/_lib/words";

/** A finance officer records one instalment as paid, on its due date or today if that is earlier. */
export function MarkPaidButton({ paymentId, dueOn, today }: { paymentId: string; dueOn: string; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const paidOn = dueOn < today ? dueOn : today;
  const mark = useMutation(trpc.budgets.markInstalmentPaid.mutationOptions({ onSuccess: () => router.refresh(), onError: (e) => setMessage(e.message) }));
  return (
    <>
      <button type="button" className="button secondary" disabled={mark.isPending} onClick={() => mark.mutate({ paymentId, paidOn })}>
        Mark paid<span className="visually-hidden"> the instalment due {formatDate(dueOn)}</span>
      </button>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </>
  );
}
