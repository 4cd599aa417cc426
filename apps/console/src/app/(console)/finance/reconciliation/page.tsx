import type { Metadata } from "next";
import { financialYearOf, formatMonthEnGb, formatPence, listRecentFinancialYears, parseIsoDate, todayIso } from "@pb/calendar";

import { answerOrProblem, loadAsUser } from "~/server/load-as-user";
import { STREAM_WORDS, words } from "../_shared/labels";

export const metadata: Metadata = { title: "Reconciliation" };

export default async function ReconciliationPage({ searchParams }: { searchParams: Promise<{ fy?: string }> }) {
  const requested = (await searchParams).fy;
  const financialYear = requested && /^\d{4}-\d{2}$/.test(requested) ? requested : financialYearOf(parseIsoDate(todayIso())).label;
  const recent = listRecentFinancialYears(parseIsoDate(todayIso()), 6);
  const years = recent.includes(financialYear) ? recent : [financialYear, ...recent].sort().reverse();
  const loaded = await loadAsUser((caller) => answerOrProblem(() => caller.financeRecovery.reconciliation({ financialYear })));
  const r = loaded.data;
  if (!r) {
    return (
      <div className="error-summary" role="alert">
        <h1>There is a problem</h1>
        <p>
          fy: must be a financial year such as 2025-26. <a href="/finance/reconciliation">Show this year</a>
        </p>
      </div>
    );
  }
  return (
    <>
      <h1>Reconciliation, {financialYear}</h1>
      <p className="lede">
        Per stream and month: scheduled (by due date) against paid (by paid date, the figure the spend dashboard shows); then the direct payments that reached families&apos; accounts, payments reversed, spending reported and money recovered, and what is left unspent in the accounts.
      </p>
      <form className="filters" method="get">
        <div>
          <label htmlFor="rec-fy">Financial year</label>
          <select id="rec-fy" name="fy" defaultValue={financialYear}>
            {years.map((y) => (
              <option key={y} value={y}>{`${y} (April ${y.slice(0, 4)} to March ${Number(y.slice(0, 4)) + 1})`}</option>
            ))}
          </select>
        </div>
        <button className="button secondary" type="submit">
          Show
        </button>
      </form>
      <table>
        <caption>Scheduled, paid, spent and recovered by month and stream, {financialYear}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Stream</th>
            <th scope="col" className="num">Scheduled</th>
            <th scope="col" className="num">Paid</th>
            <th scope="col" className="num">Scheduled not paid</th>
            <th scope="col" className="num">Paid into families&apos; accounts</th>
            <th scope="col" className="num">Reversed</th>
            <th scope="col" className="num">Spending reported</th>
            <th scope="col" className="num">Recovered</th>
            <th scope="col" className="num">Left unspent</th>
          </tr>
        </thead>
        <tbody>
          {r.rows.map((row) => (
            <tr key={`${row.month}-${row.stream}`}>
              <th scope="row">{formatMonthEnGb(row.month)}</th>
              <td>{words(STREAM_WORDS, row.stream)}</td>
              <td className="num">{formatPence(row.scheduledPence)}</td>
              <td className="num">{formatPence(row.paidPence)}</td>
              <td className="num">{formatPence(row.notPaidPence)}</td>
              <td className="num">{formatPence(row.paidInPence)}</td>
              <td className="num">{formatPence(row.reversedPence)}</td>
              <td className="num">{formatPence(row.spentPence)}</td>
              <td className="num">{formatPence(row.recoveredPence)}</td>
              <td className="num">{formatPence(row.unspentPence)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total
            </th>
            <td className="num">{formatPence(r.totals.scheduledPence)}</td>
            <td className="num">{formatPence(r.totals.paidPence)}</td>
            <td className="num">{formatPence(r.totals.notPaidPence)}</td>
            <td className="num">{formatPence(r.totals.paidInPence)}</td>
            <td className="num">{formatPence(r.totals.reversedPence)}</td>
            <td className="num">{formatPence(r.totals.spentPence)}</td>
            <td className="num">{formatPence(r.totals.recoveredPence)}</td>
            <td className="num">{formatPence(r.totals.unspentPence)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
