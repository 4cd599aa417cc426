import { describeCode } from "@pb/reports";
import type { Metadata } from "next";
import Link from "next/link";
import { formatIsoDateEnGb, formatPence, todayIso } from "@pb/calendar";
import { MIN_REASON_LENGTH } from "@pb/budgets";
import { loadAsUser } from "~/server/load-as-user";
import { ENTRY_WORDS, METHOD_WORDS, RETURN_STATE_WORDS, STREAM_WORDS, words } from "../../_shared/labels";
import { BankDetailsPanel, PaymentDetailsForm } from "./account-details";
import { ReverseEntryForm } from "./reverse-entry-form";
import { EvidenceForm, ReminderForm, ReturnForm } from "./return-forms";
import { RecoveryForm } from "./recovery-form";
import { AccountChecks } from "./account-checks";

export const metadata: Metadata = { title: "Direct payment account" };

export default async function AccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  // As the API decides: another council's, unknown or malformed id is not found; another role is not allowed.
  const loaded = await loadAsUser(async (caller) => ({ a: await caller.financeAccounts.get({ accountId }), checks: await caller.monitoring.forAccount({ accountId }) }));
  const { a, checks } = loaded;
  const today = todayIso();
  const lines = a.lines.map((l) => ({ id: l.id, label: `${words(STREAM_WORDS, l.stream)}: ${describeCode(l.service)} (${formatPence(l.annualAmountPence)} a year)` }));
  const received = a.returns.filter((r) => r.returnId);
  const owed = a.returns.filter((r) => !r.returnId);
  return (
    <>
      <p>
        <Link href="/finance/accounts">All accounts</Link>
      </p>
      <h1>Account for {a.childReference}</h1>
      <table>
        <caption>The account, worked out from its entries</caption>
        <tbody>
          <tr>
            <th scope="row">Payments in</th>
            <td className="num">{formatPence(a.totals.paymentsInPence)}</td>
          </tr>
          <tr>
            <th scope="row">Spending reported</th>
            <td className="num">{formatPence(a.totals.spendingPence)}</td>
          </tr>
          <tr>
            <th scope="row">Recovered</th>
            <td className="num">{formatPence(a.totals.recoveriesPence)}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Balance</th>
            <td className="num" data-testid="account-balance">{formatPence(a.totals.balancePence)}</td>
          </tr>
        </tfoot>
      </table>
      <table>
        <caption>Direct payment lines</caption>
        <thead>
          <tr>
            <th scope="col">Stream</th>
            <th scope="col">Service</th>
            <th scope="col">Paid</th>
            <th scope="col" className="num">A year</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {a.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row">{words(STREAM_WORDS, l.stream)}</th>
              <td>{describeCode(l.service)}</td>
              <td>{l.frequency.replaceAll("_", " ")}</td>
              <td className="num">{formatPence(l.annualAmountPence)}</td>
              <td>{formatIsoDateEnGb(l.startsOn)}</td>
              <td>{formatIsoDateEnGb(l.endsOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Underspend</h2>
      {a.underspend.status === "flagged" ? (
        <p data-testid="underspend-flag">
          <strong>Flagged for underspend:</strong>{" "}
          {a.underspend.noBudgetInForce
            ? `no direct payment is in force today, so all of the balance of ${formatPence(a.totals.balancePence)} is unspent.`
            : `the balance of ${formatPence(a.totals.balancePence)} is more than ${a.underspend.weeks} weeks of the budget (${formatPence(a.underspend.thresholdPence)} of ${formatPence(a.annualAmountPence)} a year).`}{" "}
          Decide below what, if anything, to recover, and why.
        </p>
      ) : a.underspend.status === "within" ? (
        <p>The balance is within {a.underspend.weeks} weeks of the budget ({formatPence(a.underspend.thresholdPence)}).</p>
      ) : (
        <p>The policy sets no underspend threshold.</p>
      )}
      {a.notes.length > 0 && (
        <ul>
          {a.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}

      <h2>Recovery decisions</h2>
      {a.decisions.length > 0 && (
        <table>
          <caption>Decisions recorded for this account</caption>
          <thead>
            <tr>
              <th scope="col">Decided</th>
              <th scope="col">For</th>
              <th scope="col" className="num">To recover</th>
              <th scope="col" className="num">Recovered so far</th>
              <th scope="col">How</th>
              <th scope="col">Letter</th>
            </tr>
          </thead>
          <tbody>
            {a.decisions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{formatIsoDateEnGb(d.decidedOn)}</th>
                <td>{d.kind === "year_end" ? `Year end ${d.financialYear ?? ""}` : "Underspend"}</td>
                <td className="num">{formatPence(d.recoverPence)}</td>
                <td className="num">{formatPence(d.recoveredPence)}</td>
                <td>{words(METHOD_WORDS, d.method)}</td>
                <td>
                  <Link href={`/finance/recoveries/${d.id}/letter`}>{d.letterSentOn ? `Sent ${formatIsoDateEnGb(d.letterSentOn)}` : "Letter to send"}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {a.lines.length > 0 ? <RecoveryForm accountId={a.id} lines={lines} minReasonLength={MIN_REASON_LENGTH} /> : <p>No direct payment line is in force to record a decision against.</p>}

      <h2>Returns</h2>
      <table>
        <caption>Returns by period</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">Reminders</th>
            <th scope="col" className="num">Spending</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {a.returns.map((r) => (
            <tr key={r.periodStart}>
              <th scope="row">{r.label}</th>
              <td>{formatIsoDateEnGb(r.dueOn)}</td>
              <td>{words(RETURN_STATE_WORDS, r.state)}</td>
              <td className="num">{r.reminders}</td>
              <td className="num">{r.spentPence === null ? "—" : formatPence(r.spentPence)}</td>
              <td>
                {r.evidence.length === 0
                  ? "—"
                  : r.evidence.map((e) => (
                      <a key={e.id} href={`/api/finance/evidence/${e.id}`}>
                        {e.fileName}{" "}
                      </a>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {a.returns.length === 0 && <p>No return is owed yet: returns start from the first payment in.</p>}
      {owed.length > 0 && lines.length > 0 && <ReturnForm accountId={a.id} periods={owed.map((r) => ({ start: r.periodStart, label: r.label }))} lines={lines} today={today} />}
      {received.length > 0 && <EvidenceForm returns={received.flatMap((r) => (r.returnId ? [{ id: r.returnId, label: r.label }] : []))} />}
      {owed.some((r) => r.state === "late" || r.state === "overdue") && <ReminderForm accountId={a.id} periods={owed.filter((r) => r.state === "late" || r.state === "overdue").map((r) => ({ start: r.periodStart, label: r.label }))} today={today} />}

      <AccountChecks budgets={checks} today={today} />

      <h2>Paying the family</h2>
      <PaymentDetailsForm accountId={a.id} version={a.version} paymentMethod={a.paymentMethod} payeeReference={a.payeeReference ?? ""} cardReference={a.cardReference ?? ""} />
      <BankDetailsPanel accountId={a.id} version={a.version} masked={a.bankDetailsMasked} />

      <h2>Entries</h2>
      <table>
        <caption>Every entry on the account, oldest first; corrections are reversing entries</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">What</th>
            <th scope="col">Stream</th>
            <th scope="col" className="num">Amount</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {a.entries.map((e) => (
            <tr key={e.id}>
              <th scope="row">{formatIsoDateEnGb(e.occurredOn)}</th>
              <td>
                {words(ENTRY_WORDS, e.kind)}
                {e.reversed ? " (reversed)" : ""}
              </td>
              <td>{words(STREAM_WORDS, e.stream)}</td>
              <td className="num">{formatPence(e.amountPence)}</td>
              <td>{e.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReverseEntryForm
        accountId={a.id}
        today={today}
        entries={a.entries.filter((e) => e.kind !== "reversal" && !e.reversed).map((e) => ({ id: e.id, label: `${formatIsoDateEnGb(e.occurredOn)}: ${words(ENTRY_WORDS, e.kind)} ${formatPence(e.amountPence)}` }))}
      />
    </>
  );
}
