"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary, messageOf } from "../_shared/error-summary";

/** Opens a draft run. The idempotency key is made once per form, so a double submit opens one run. */
export function NewRunForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [key] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(trpc.financeRuns.create.mutationOptions());
  return (
    <form
      className="filters"
      aria-label="Open a payment run"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setError(null);
        create.mutate(
          { from: String(data.get("from")), to: String(data.get("to")), payOn: String(data.get("payOn")), idempotencyKey: key },
          { onSuccess: (r) => router.push(`/finance/runs/${r.runId}`), onError: (e) => setError(messageOf(e)) },
        );
      }}
    >
      <ErrorSummary message={error} />
      <div>
        <label htmlFor="run-from">Instalments due from</label>
        <input id="run-from" name="from" type="date" required />
      </div>
      <div>
        <label htmlFor="run-to">to</label>
        <input id="run-to" name="to" type="date" required />
      </div>
      <div>
        <label htmlFor="run-pay-on">Pay on</label>
        <input id="run-pay-on" name="payOn" type="date" required />
      </div>
      <button className="button" type="submit" disabled={create.isPending}>
        Open the run
      </button>
    </form>
  );
}
