"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary, messageOf, penceToPounds, postForm, poundsToPence } from "../../_shared/error-summary";

type Option = { start: string; label: string };
type Line = { id: string; label: string };
type Preview = { transactions: unknown[]; spentPence: number; receivedPence: number; closingBalancePence: number | null; outsidePeriod: number; suggestedLines: { budgetLineId: string; spentPence: number }[] };

const MAPPING_FIELDS = [
  ["date", "Date column", "Date"],
  ["description", "Description column (optional)", "Description"],
  ["amount", "Signed amount column (money out is negative)", "Amount"],
  ["paidOut", "Or: money out column", ""],
  ["paidIn", "and money in column", ""],
  ["balance", "Balance column (optional)", "Balance"],
] as const;

/** A period's return: spending by budget line and the closing balance, prefilled from a statement CSV if there is one. */
export function ReturnForm({ accountId, periods, lines, today }: { accountId: string; periods: Option[]; lines: Line[]; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [period, setPeriod] = useState(periods[0]?.start ?? "");
  const [spent, setSpent] = useState<Record<string, string>>(() => Object.fromEntries(lines.map((l) => [l.id, "0.00"])));
  const [closing, setClosing] = useState("");
  const [reading, setReading] = useState(false);
  const record = useMutation(trpc.financeReturns.record.mutationOptions());

  async function readStatement(form: HTMLFormElement) {
    const data = new FormData(form);
    const upload = new FormData();
    const file = data.get("statement");
    if (!(file instanceof File) || file.size === 0) return setError("statement: choose the statement CSV to read");
    upload.set("file", file);
    upload.set("accountId", accountId);
    upload.set("periodStart", period);
    for (const [key] of MAPPING_FIELDS) upload.set(key, String(data.get(`map-${key}`) ?? ""));
    setReading(true);
    setError(null);
    const result = await postForm<Preview>("/api/finance/statement", upload);
    setReading(false);
    if (!result.ok) return setError(result.message);
    setSpent(Object.fromEntries(result.data.suggestedLines.map((l) => [l.budgetLineId, penceToPounds(l.spentPence)])));
    if (result.data.closingBalancePence !== null) setClosing(penceToPounds(result.data.closingBalancePence));
    setStatus(`Read ${result.data.transactions.length} transactions in the period (${result.data.outsidePeriod} outside it): £${penceToPounds(result.data.spentPence)} spent. Check the split between lines before recording.`);
  }

  return (
    <form
      aria-label="Record a return"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setError(null);
        const amounts = lines.map((l) => ({ budgetLineId: l.id, spentPence: poundsToPence(spent[l.id] ?? "") }));
        const bad = amounts.findIndex((a) => a.spentPence === null);
        if (bad >= 0) return setError(`Spending on ${lines[bad]?.label ?? "a line"}: enter an amount in pounds, such as 120.50`);
        const closingPence = closing.trim() === "" ? null : poundsToPence(closing);
        if (closing.trim() !== "" && closingPence === null) return setError("Closing balance: enter an amount in pounds, such as 899.50");
        record.mutate(
          { accountId, periodStart: period, receivedOn: String(data.get("receivedOn")), lines: amounts.map((a) => ({ budgetLineId: a.budgetLineId, spentPence: a.spentPence ?? 0 })), closingBalancePence: closingPence, notes: String(data.get("notes") ?? "") },
          { onSuccess: () => { setStatus("The return is recorded."); router.refresh(); }, onError: (e) => setError(messageOf(e)) },
        );
      }}
    >
      <h3>Record a return</h3>
      <ErrorSummary message={error} />
      {status && <p role="status">{status}</p>}
      <div className="filters">
        <div>
          <label htmlFor="return-period">Period</label>
          <select id="return-period" name="periodStart" value={period} onChange={(e) => setPeriod(e.target.value)}>
            <PeriodOptions periods={periods} />
          </select>
        </div>
        <div>
          <label htmlFor="return-received">Received on</label>
          <input id="return-received" name="receivedOn" type="date" defaultValue={today} required />
        </div>
      </div>
      <fieldset>
        <legend>Import a bank or prepaid card statement (optional)</legend>
        <p id="statement-hint">Name the statement&apos;s columns as they appear in its first row. Nothing is saved until you record the return.</p>
        <div className="filters">
          <div>
            <label htmlFor="statement-file">Statement CSV</label>
            <input id="statement-file" name="statement" type="file" accept=".csv,text/csv" aria-describedby="statement-hint" />
          </div>
          {MAPPING_FIELDS.map(([key, label, value]) => (
            <div key={key}>
              <label htmlFor={`map-${key}`}>{label}</label>
              <input id={`map-${key}`} name={`map-${key}`} defaultValue={value} maxLength={60} />
            </div>
          ))}
          <button type="button" className="button secondary" disabled={reading} onClick={(e) => e.currentTarget.form && void readStatement(e.currentTarget.form)}>
            Read the statement
          </button>
        </div>
      </fieldset>
      <div className="filters">
        {lines.map((l) => (
          <div key={l.id}>
            <label htmlFor={`spent-${l.id}`}>Spent on {l.label} (£)</label>
            <input id={`spent-${l.id}`} inputMode="decimal" value={spent[l.id] ?? ""} onChange={(e) => setSpent({ ...spent, [l.id]: e.target.value })} required />
          </div>
        ))}
        <div>
          <label htmlFor="return-closing">Closing balance reported (£, optional)</label>
          <input id="return-closing" inputMode="decimal" value={closing} onChange={(e) => setClosing(e.target.value)} />
        </div>
        <div>
          <label htmlFor="return-notes">Notes</label>
          <textarea id="return-notes" name="notes" maxLength={2000} rows={2} />
        </div>
        <button className="button" type="submit" disabled={record.isPending}>
          Record the return
        </button>
      </div>
    </form>
  );
}

/** Evidence for a recorded return: a PDF, PNG, JPEG or CSV, judged by its content, up to 5 MB. */
export function EvidenceForm({ returns }: { returns: { id: string; label: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      aria-label="Add evidence to a return"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        setBusy(true);
        setError(null);
        setStatus(null);
        const result = await postForm<{ id: string }>("/api/finance/evidence", new FormData(form));
        setBusy(false);
        if (!result.ok) return setError(result.message);
        form.reset();
        setStatus("The evidence is stored with the return.");
        router.refresh();
      }}
    >
      <h3>Add evidence</h3>
      <ErrorSummary message={error} />
      {status && <p role="status">{status}</p>}
      <div className="filters">
        <div>
          <label htmlFor="evidence-return">Return</label>
          <select id="evidence-return" name="returnId">
            {returns.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="evidence-file">File (PDF, PNG, JPEG or CSV, up to 5 MB)</label>
          <input id="evidence-file" name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,.csv" required />
        </div>
        <button className="button secondary" type="submit" disabled={busy}>
          Upload the evidence
        </button>
      </div>
    </form>
  );
}

export function ReminderForm({ accountId, periods, today }: { accountId: string; periods: Option[]; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const remind = useMutation(trpc.financeReturns.remind.mutationOptions());
  return (
    <form
      aria-label="Record a reminder"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setError(null);
        remind.mutate({ accountId, periodStart: String(data.get("periodStart")), sentOn: String(data.get("sentOn")) }, { onSuccess: () => router.refresh(), onError: (e) => setError(messageOf(e)) });
      }}
    >
      <h3>Record a reminder sent</h3>
      <ErrorSummary message={error} />
      <div className="filters">
        <div>
          <label htmlFor="remind-period">Return</label>
          <select id="remind-period" name="periodStart">
            <PeriodOptions periods={periods} />
          </select>
        </div>
        <div>
          <label htmlFor="remind-on">Sent on</label>
          <input id="remind-on" name="sentOn" type="date" defaultValue={today} required />
        </div>
        <button className="button secondary" type="submit" disabled={remind.isPending}>
          Record the reminder
        </button>
      </div>
    </form>
  );
}

function PeriodOptions({ periods }: { periods: Option[] }) {
  return periods.map((p) => (
    <option key={p.start} value={p.start}>
      {p.label}
    </option>
  ));
}
