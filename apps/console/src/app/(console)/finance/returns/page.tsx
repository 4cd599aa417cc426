import type { Metadata } from "next";
import Link from "next/link";
import { formatIsoDateEnGb } from "@pb/calendar";
import { loadAsUser } from "~/server/load-as-user";
import { RETURN_STATE_WORDS, words } from "../_shared/labels";

export const metadata: Metadata = { title: "Returns due" };

export default async function ReturnsDuePage() {
  const loaded = await loadAsUser((caller) => caller.financeReturns.due());
  const { rows, remindersBeforeEscalation, notes } = loaded;
  return (
    <>
      <h1>Returns due, late and overdue</h1>
      <p className="lede">A return is late after its due date, and overdue, to be escalated to the case officer, once {remindersBeforeEscalation} reminders have gone unanswered.</p>
      {notes.length > 0 && (
        <ul>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <table>
        <caption>Returns owed and not received</caption>
        <thead>
          <tr>
            <th scope="col">Child reference</th>
            <th scope="col">Period</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">Reminders sent</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.accountId}-${r.periodStart}`}>
              <th scope="row">
                <Link href={`/finance/accounts/${r.accountId}`}>{r.childReference}</Link>
              </th>
              <td>{r.label}</td>
              <td>{formatIsoDateEnGb(r.dueOn)}</td>
              <td>{r.state === "overdue" ? <strong>{words(RETURN_STATE_WORDS, r.state)}</strong> : words(RETURN_STATE_WORDS, r.state)}</td>
              <td className="num">{r.reminders}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>No return is waiting.</p>}
    </>
  );
}
