"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary, messageOf, postForm } from "../../_shared/error-summary";

export function ApproveRun({ runId, count }: { runId: string; count: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const approve = useMutation(trpc.financeRuns.approve.mutationOptions());
  return (
    <section aria-labelledby="approve-heading">
      <h2 id="approve-heading">Approve</h2>
      <ErrorSummary message={error} />
      <p>Approving claims these {count} payments for this run. Approving again, or another run over the same dates, never pays an instalment twice.</p>
      <button className="button" type="button" disabled={approve.isPending} onClick={() => approve.mutate({ runId }, { onSuccess: () => router.refresh(), onError: (e) => setError(messageOf(e)) })}>
        Approve the run
      </button>
    </section>
  );
}

export function PaymentFiles({ runId, layouts }: { runId: string; layouts: { id: string; name: string }[] }) {
  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading">Payment files</h2>
      <p>Each file carries a control total in its last row. Files carry payee and card references, never bank details.</p>
      <ul>
        {layouts.map((l) => (
          <li key={l.id}>
            <a href={`/api/finance/payment-file?run=${encodeURIComponent(runId)}&layout=${encodeURIComponent(l.id)}`} download>
              Download the payment file: {l.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RemittanceForm({ runId, pending }: { runId: string; pending: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="remittance-heading">
      <h2 id="remittance-heading">Remittance</h2>
      <p>{pending} payments are awaiting the finance system&apos;s remittance. Import its CSV to mark them paid or failed: the whole file is checked first, and a bad row rejects it all.</p>
      <ErrorSummary message={error} />
      {done && (
        <p role="status" className="lede">
          {done}
        </p>
      )}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          setDone(null);
          const form = new FormData(event.currentTarget);
          form.set("runId", runId);
          const result = await postForm<{ paid: number; failed: number; unchanged: number }>("/api/finance/remittance", form);
          setBusy(false);
          if (!result.ok) return setError(result.message);
          setDone(`${result.data.paid} payments marked paid, ${result.data.failed} failed, ${result.data.unchanged} already recorded.`);
          router.refresh();
        }}
      >
        <label htmlFor="remittance-file">Remittance CSV</label>
        <p id="remittance-hint">Columns: Payment reference, Status (paid or failed), Date, Amount, and optionally Reason.</p>
        <input id="remittance-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="remittance-hint" required />{" "}
        <button className="button" type="submit" disabled={busy}>
          Import the remittance
        </button>
      </form>
    </section>
  );
}
