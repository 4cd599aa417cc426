import type { Metadata } from "next";
import Link from "next/link";
import { formatPence } from "@pb/calendar";
import { loadAsUser } from "~/server/load-as-user";

export const metadata: Metadata = { title: "Direct payment accounts" };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<{ flagged?: string }> }) {
  const flaggedOnly = (await searchParams).flagged === "1";
  const loaded = await loadAsUser((caller) => caller.financeAccounts.list({ flaggedOnly }));
  const { accounts, notes } = loaded;
  return (
    <>
      <h1>Direct payment accounts</h1>
      <p className="lede">Each balance is worked out from the account&apos;s entries: payments in, less spending reported and money recovered.</p>
      <p>
        {flaggedOnly ? <Link href="/finance/accounts">Show every account</Link> : <Link href="/finance/accounts?flagged=1">Show only accounts flagged for underspend</Link>}
      </p>
      {notes.length > 0 && (
        <ul>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <table>
        <caption>{flaggedOnly ? "Accounts flagged for underspend" : "Every direct payment account"}</caption>
        <thead>
          <tr>
            <th scope="col">Child reference</th>
            <th scope="col">Paid by</th>
            <th scope="col" className="num">Budget a year</th>
            <th scope="col" className="num">Balance</th>
            <th scope="col">Underspend</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link href={`/finance/accounts/${a.id}`}>{a.childReference}</Link>
              </th>
              <td>{a.paymentMethod === "prepaid_card" ? "Prepaid card" : "Bank transfer"}</td>
              <td className="num">{formatPence(a.annualAmountPence)}</td>
              <td className="num">{formatPence(a.balancePence)}</td>
              <td>{a.underspend.status === "flagged" ? <strong>{a.underspend.noBudgetInForce ? "Flagged: no direct payment in force" : `Flagged: over ${a.underspend.weeks} weeks (${formatPence(a.underspend.thresholdPence)})`}</strong> : a.underspend.status === "within" ? "Within the threshold" : "No threshold set"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {accounts.length === 0 && <p>No accounts here.</p>}
    </>
  );
}
