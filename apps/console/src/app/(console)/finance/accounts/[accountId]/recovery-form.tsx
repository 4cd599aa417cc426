"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary, messageOf, poundsToPence } from "../../_shared/error-summary";

/** A recovery decision for this family, on its facts, with reasons: what is kept, what is recovered, and how. */
export function RecoveryForm({ accountId, lines, minReasonLength }: { accountId: string; lines: { id: string; label: string }[]; minReasonLength: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState<"underspend" | "year_end">("underspend");
  const decide = useMutation(trpc.financeRecovery.decide.mutationOptions());
  return (
    <form
      aria-label="Record a recovery decision"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setError(null);
        const money: Record<string, number> = {};
        for (const [field, label] of [["contingency", "Kept for contingency"], ["planned", "Kept for planned spending"], ["recover", "To recover"]] as const) {
          const pence = poundsToPence(String(data.get(field) ?? ""));
          if (pence === null) return setError(`${label}: enter an amount in pounds, such as 150.00`);
          money[field] = pence;
        }
        decide.mutate(
          {
            accountId, kind, financialYear: kind === "year_end" ? String(data.get("financialYear") ?? "") : null, budgetLineId: String(data.get("budgetLineId")),
            contingencyPence: money.contingency ?? 0, plannedPence: money.planned ?? 0, recoverPence: money.recover ?? 0,
            method: (String(data.get("method")) as "offset" | "invoice" | "none"), reasons: String(data.get("reasons") ?? ""),
          },
          { onSuccess: (id) => router.push(`/finance/recoveries/${id}/letter`), onError: (e) => setError(messageOf(e)) },
        );
      }}
    >
      <h3>Record a recovery decision</h3>
      <p>Decide for this family on its facts: nothing is recovered without a decision and reasons, and a contingency or planned spending may be kept. The family is then sent a letter with the reasons and how to ask for a review.</p>
      <ErrorSummary message={error} />
      <div className="filters">
        <div>
          <label htmlFor="recovery-kind">Decision for</label>
          <select id="recovery-kind" value={kind} onChange={(e) => setKind(e.target.value === "year_end" ? "year_end" : "underspend")}>
            <option value="underspend">An underspend</option>
            <option value="year_end">What was left at a year&apos;s end</option>
          </select>
        </div>
        {kind === "year_end" && (
          <div>
            <label htmlFor="recovery-year">Financial year (such as 2025-26)</label>
            <input id="recovery-year" name="financialYear" required maxLength={7} />
          </div>
        )}
        <div>
          <label htmlFor="recovery-line">Budget line</label>
          <select id="recovery-line" name="budgetLineId">
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="recovery-contingency">Kept for contingency (£)</label>
          <input id="recovery-contingency" name="contingency" inputMode="decimal" defaultValue="0.00" required />
        </div>
        <div>
          <label htmlFor="recovery-planned">Kept for planned spending (£)</label>
          <input id="recovery-planned" name="planned" inputMode="decimal" defaultValue="0.00" required />
        </div>
        <div>
          <label htmlFor="recovery-amount">To recover (£)</label>
          <input id="recovery-amount" name="recover" inputMode="decimal" required />
        </div>
        <div>
          <label htmlFor="recovery-method">How</label>
          <select id="recovery-method" name="method" defaultValue="offset">
            <option value="offset">From future payments</option>
            <option value="invoice">By invoice</option>
            <option value="none">Nothing is recovered</option>
          </select>
        </div>
      </div>
      <label htmlFor="recovery-reasons">Reasons for this family (at least {minReasonLength} characters)</label>
      <textarea id="recovery-reasons" name="reasons" rows={4} cols={80} maxLength={4000} required />
      <p>
        <button className="button" type="submit" disabled={decide.isPending}>
          Record the decision
        </button>
      </p>
    </form>
  );
}
