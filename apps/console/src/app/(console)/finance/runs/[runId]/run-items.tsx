"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { RouterOutputs } from "@pb/api/types";
import { formatIsoDateEnGb, formatPence } from "@pb/calendar";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary, messageOf } from "../../_shared/error-summary";
import { OUTCOME_WORDS, STREAM_WORDS, words } from "../../_shared/labels";

type RunItemView = RouterOutputs["financeRuns"]["get"]["items"][number];

/** The run's payments; once approved, each awaiting remittance can be marked paid or failed by hand. */
export function RunItems({ items, approved, today }: { items: RunItemView[]; approved: boolean; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const record = useMutation(trpc.financeRuns.recordOutcome.mutationOptions());
  const mark = (itemId: string, outcome: "paid" | "failed") =>
    record.mutate({ itemId, outcome, on: today, reason: outcome === "failed" ? "Marked failed by hand" : "" }, { onSuccess: () => router.refresh(), onError: (e) => setError(messageOf(e)) });
  if (items.length === 0) return <p>No payments.</p>;
  return (
    <>
      <ErrorSummary message={error} />
      <table>
        <caption>Payments in this run</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Child reference</th>
            <th scope="col">Stream</th>
            <th scope="col">Due</th>
            <th scope="col" className="num">Instalment</th>
            <th scope="col" className="num">Recovered</th>
            <th scope="col" className="num">To pay</th>
            <th scope="col">Status</th>
            {approved && <th scope="col">Mark</th>}
          </tr>
        </thead>
        <tbody>
          {items.slice(0, 1000).map((i) => (
            <tr key={i.paymentId}>
              <th scope="row">{i.reference ?? "—"}</th>
              <td>{i.childReference}</td>
              <td>{words(STREAM_WORDS, i.stream)}</td>
              <td>{formatIsoDateEnGb(i.dueOn)}</td>
              <td className="num">{formatPence(i.grossPence)}</td>
              <td className="num">{formatPence(i.deductionPence)}</td>
              <td className="num">{formatPence(i.netPence)}</td>
              <td>{words(OUTCOME_WORDS, i.outcome)}</td>
              {approved && (
                <td>
                  {i.outcome === "pending" && i.id && (
                    <>
                      <button type="button" className="button secondary" disabled={record.isPending} onClick={() => i.id && mark(i.id, "paid")}>
                        Paid<span className="visually-hidden"> {i.reference}</span>
                      </button>{" "}
                      <button type="button" className="button secondary" disabled={record.isPending} onClick={() => i.id && mark(i.id, "failed")}>
                        Failed<span className="visually-hidden"> {i.reference}</span>
                      </button>
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > 1000 && <p>The first 1,000 of {items.length} payments are shown; the payment file holds them all.</p>}
    </>
  );
}
