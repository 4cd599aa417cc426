"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatIsoDateEnGb } from "@pb/calendar";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary, messageOf } from "../../../_shared/error-summary";

/** The family is told in writing before any money is kept back from their payments. */
export function LetterSent({ decisionId, version, sentOn, today }: { decisionId: string; version: number; sentOn: string | null; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const sent = useMutation(trpc.financeRecovery.letterSent.mutationOptions());
  if (sentOn) return <p role="status">This letter was sent on {formatIsoDateEnGb(sentOn)}.</p>;
  return (
    <form
      className="no-print"
      aria-label="Record the letter as sent"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setError(null);
        sent.mutate({ decisionId, version, sentOn: String(data.get("sentOn")) }, { onSuccess: () => router.refresh(), onError: (e) => setError(messageOf(e)) });
      }}
    >
      <ErrorSummary message={error} />
      <div className="filters">
        <div>
          <label htmlFor="letter-sent-on">Sent on</label>
          <input id="letter-sent-on" name="sentOn" type="date" defaultValue={today} required />
        </div>
        <button className="button" type="submit" disabled={sent.isPending}>
          Record the letter as sent
        </button>
      </div>
    </form>
  );
}
