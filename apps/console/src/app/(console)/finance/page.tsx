import type { Metadata } from "next";
import Link from "next/link";
import { loadAsUser } from "~/server/load-as-user";
import { getCurrentRoles } from "~/server/me";

export const metadata: Metadata = { title: "Finance" };

export default async function FinancePage() {
  const roles = await getCurrentRoles();
  const isFinance = roles.includes("finance_officer");
  const loaded = await loadAsUser(async (caller) =>
    isFinance ? { flagged: await caller.financeAccounts.list({ flaggedOnly: true }), due: await caller.financeReturns.due() } : { flagged: null, due: null },
  );
  const { flagged, due } = loaded;
  return (
    <>
      <h1>Finance</h1>
      <p className="lede">Payment runs and payment files, direct payment accounts and returns, recovery decided case by case, and reconciliation.</p>
      {isFinance && flagged && due && (
        <>
          <ul>
            <li>
              <Link href="/finance/runs">Payment runs</Link>: gather the instalments due, check the exceptions, approve, download the payment file and import the remittance.
            </li>
            <li>
              <Link href="/finance/accounts">Direct payment accounts</Link>: {flagged.accounts.length} flagged for underspend.
            </li>
            <li>
              <Link href="/finance/returns">Returns due, late and overdue</Link>: {due.rows.length} waiting.
            </li>
            <li>
              <Link href="/finance/reconciliation">Reconciliation</Link>: scheduled, paid, spent and recovered per stream and month.
            </li>
          </ul>
          {flagged.notes.length > 0 && (
            <>
              <h2>Where the policy is silent</h2>
              <ul>
                {flagged.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {roles.includes("admin") && (
        <p>
          <Link href="/finance/layouts">Payment file layouts</Link>: the columns, order, date format, cost centres and account codes your finance system expects.
        </p>
      )}
    </>
  );
}
