import type { Metadata } from "next";
import Link from "next/link";
import { formatIsoDateEnGb, formatPence, todayIso } from "@pb/calendar";

import { loadAsUser } from "~/server/load-as-user";
import { ARRANGEMENT_WORDS, STREAM_WORDS, words } from "../../_shared/labels";
import { ApproveRun, PaymentFiles, RemittanceForm } from "./run-actions";
import { RunItems } from "./run-items";

export const metadata: Metadata = { title: "Payment run" };

export default async function PaymentRunPage({ params }: { params: Promise<{ runId: string }> }) {
  const { runId } = await params;
  // As the API decides: another council's, unknown or malformed id is not found; another role is not allowed.
  const loaded = await loadAsUser(async (caller) => ({ run: await caller.financeRuns.get({ runId }), layouts: await caller.financeRuns.layouts() }));
  const { run, layouts } = loaded;
  const approved = run.status === "approved";
  return (
    <>
      <p>
        <Link href="/finance/runs">All payment runs</Link>
      </p>
      <h1>Run {run.runNumber}</h1>
      <p className="lede">
        Instalments due {formatIsoDateEnGb(run.from)} to {formatIsoDateEnGb(run.to)}, paid on {formatIsoDateEnGb(run.payOn)}. {approved ? "Approved." : "Draft: this is what approving it now would pay."}
      </p>
      <table>
        <caption>Totals by stream and arrangement</caption>
        <thead>
          <tr>
            <th scope="col">Stream</th>
            <th scope="col">Arrangement</th>
            <th scope="col" className="num">Payments</th>
            <th scope="col" className="num">Instalments</th>
            <th scope="col" className="num">Recovered from payments</th>
            <th scope="col" className="num">To pay</th>
          </tr>
        </thead>
        <tbody>
          {run.totals.rows.map((r) => (
            <tr key={`${r.stream}-${r.arrangement}`}>
              <th scope="row">{words(STREAM_WORDS, r.stream)}</th>
              <td>{words(ARRANGEMENT_WORDS, r.arrangement)}</td>
              <td className="num">{r.count}</td>
              <td className="num">{formatPence(r.grossPence)}</td>
              <td className="num">{formatPence(r.deductionPence)}</td>
              <td className="num">{formatPence(r.netPence)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Control total
            </th>
            <td className="num" data-testid="run-count">{run.totals.count}</td>
            <td className="num">{formatPence(run.totals.grossPence)}</td>
            <td className="num" data-testid="run-deduction">{formatPence(run.totals.deductionPence)}</td>
            <td className="num" data-testid="run-net">{formatPence(run.totals.netPence)}</td>
          </tr>
        </tfoot>
      </table>

      {approved ? <PaymentFiles runId={run.id} layouts={layouts.map((l) => ({ id: l.id, name: l.layout.name }))} /> : <ApproveRun runId={run.id} count={run.totals.count} />}
      {approved && <RemittanceForm runId={run.id} pending={run.settled.pending} />}

      <h2>Exceptions</h2>
      {run.exceptions.length === 0 ? (
        <p>No instalment in the range is held back.</p>
      ) : (
        <table>
          <caption>Instalments that cannot be paid, and why</caption>
          <thead>
            <tr>
              <th scope="col">Child reference</th>
              <th scope="col">Stream</th>
              <th scope="col">Due</th>
              <th scope="col" className="num">Amount</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {run.exceptions.map((x) => (
              <tr key={x.paymentId}>
                <th scope="row">{x.childReference}</th>
                <td>{words(STREAM_WORDS, x.stream)}</td>
                <td>{formatIsoDateEnGb(x.dueOn)}</td>
                <td className="num">{formatPence(x.amountPence)}</td>
                <td>{x.reasons.map((r) => r.message).join(" ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Payments</h2>
      <RunItems items={run.items} approved={approved} today={todayIso()} />
    </>
  );
}
