import type { Metadata } from "next";
import Link from "next/link";
import { formatIsoDateEnGb, formatPence } from "@pb/calendar";
import { loadAsUser } from "~/server/load-as-user";
import { NewRunForm } from "./new-run-form";

export const metadata: Metadata = { title: "Payment runs" };


export default async function PaymentRunsPage() {
  const loaded = await loadAsUser((caller) => caller.financeRuns.list());
  const runs = loaded;
  return (
    <>
      <h1>Payment runs</h1>
      <p className="lede">A run gathers the instalments due in a range from budget lines in force, with the agreement a direct payment needs, and not suspended or ceased. Nothing is paid until you approve it, and no instalment is ever paid twice.</p>
      <NewRunForm />
      <table>
        <caption>Runs, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Instalments due</th>
            <th scope="col">Pay on</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">Payments</th>
            <th scope="col" className="num">To pay</th>
            <th scope="col" className="num">Awaiting remittance</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`/finance/runs/${r.id}`}>Run {r.runNumber}</Link>
              </th>
              <td>
                {formatIsoDateEnGb(r.from)} to {formatIsoDateEnGb(r.to)}
              </td>
              <td>{formatIsoDateEnGb(r.payOn)}</td>
              <td>{r.status === "approved" ? "Approved" : "Draft"}</td>
              <td className="num">{r.items}</td>
              <td className="num">{formatPence(r.netPence)}</td>
              <td className="num">{r.pending}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {runs.length === 0 && <p>No runs yet.</p>}
    </>
  );
}
