"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary, messageOf } from "../../_shared/error-summary";

/** A correction: a new entry that reverses the whole of an earlier one. Nothing on the account is ever edited. */
export function ReverseEntryForm({ accountId, entries, today }: { accountId: string; entries: { id: string; label: string }[]; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const reverse = useMutation(trpc.financeAccounts.reverseEntry.mutationOptions());
  if (entries.length === 0) return null;
  return (
    <form
      aria-label="Reverse an entry"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        setError(null);
        reverse.mutate(
          { accountId, entryId: String(data.get("entryId")), reason: String(data.get("reason") ?? ""), on: String(data.get("on") ?? today) },
          { onSuccess: () => { form.reset(); router.refresh(); }, onError: (e) => setError(messageOf(e)) },
        );
      }}
    >
      <h3>Correct an entry</h3>
      <ErrorSummary message={error} />
      <div className="filters">
        <div>
          <label htmlFor="reverse-entry">Entry to reverse</label>
          <select id="reverse-entry" name="entryId" required>
            {entries.map((e) => (
              <option key={e.id} value={e.id}>
                {e.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="reverse-reason">Why</label>
          <input id="reverse-reason" name="reason" required maxLength={300} />
        </div>
        <div>
          <label htmlFor="reverse-on">Date</label>
          <input id="reverse-on" name="on" type="date" defaultValue={today} required />
        </div>
        <button className="button secondary" type="submit" disabled={reverse.isPending}>
          Add a reversing entry
        </button>
      </div>
    </form>
  );
}
