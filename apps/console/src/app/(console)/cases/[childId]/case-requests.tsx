import { describeCode } from "@pb/reports";
import Link from "next/link";
import { ARRANGEMENT_LABELS, DECISION_LABELS, REQUEST_STATUS_LABELS, STAGE_LABELS, STREAM_LABELS, formatDate, formatMoney, labelOf } from "~/app/(console)/requests/_lib/words";
import type { CaseView } from "../_lib/types";

/** Each request with its lines and the decision standing on each; approved lines without a budget link to setting one up. */
export function CaseRequests({ view, write }: { view: CaseView; write: boolean }) {
  const childId = view.child.id;
  return (
    <section aria-labelledby="requests-heading" className="request-section">
      <h2 id="requests-heading">Requests for a personal budget</h2>
      {write && (
        <p>
          <Link href={`/cases/${childId}/requests/new`}>Record a request</Link>
        </p>
      )}
      {view.requests.length === 0 ? (
        <p>No requests recorded.</p>
      ) : (
        <table>
          <caption>Requests, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">When made</th>
              <th scope="col">Status</th>
              <th scope="col">Lines and decisions</th>
            </tr>
          </thead>
          <tbody>
            {view.requests.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/requests/${r.id}`}>
                    <span className="visually-hidden">Request received </span>
                    {formatDate(r.receivedOn)}
                  </Link>
                </th>
                <td>{labelOf(STAGE_LABELS, r.stage)}</td>
                <td>{labelOf(REQUEST_STATUS_LABELS, r.status)}</td>
                <td>
                  <ul>
                    {r.lines.map((l) => (
                      <li key={l.id}>
                        Line {l.lineNo}: {describeCode(l.service)} ({labelOf(STREAM_LABELS, l.stream)}), {formatMoney(l.annualCostPence)} a year asked for as{" "}
                        {labelOf(ARRANGEMENT_LABELS, l.arrangement).toLowerCase()}.{" "}
                        {l.decision
                          ? `${labelOf(DECISION_LABELS, l.decision.outcome)} on ${formatDate(l.decision.decidedOn)}${l.decision.amountPence !== null ? `: ${formatMoney(l.decision.amountPence)} a year` : ""}.`
                          : r.status === "withdrawn"
                            ? "Not decided: the request was withdrawn."
                            : "Waiting for the panel."}
                        {l.decision && l.decision.exceptions.length > 0 && <> An exception to the council&apos;s policy: the panel set aside {l.decision.exceptions.join("; ").toLowerCase()}.</>}
                        {l.budgetId && (
                          <>
                            {" "}
                            <Link href={`/cases/${childId}/budgets/${l.budgetId}`}>
                              Open its budget<span className="visually-hidden"> for line {l.lineNo} of the request received {formatDate(r.receivedOn)}</span>
                            </Link>
                          </>
                        )}
                        {l.needsBudget && write && (
                          <>
                            {" "}
                            <Link href={`/cases/${childId}/budgets/new?requestId=${r.id}`}>
                              Set up the budget<span className="visually-hidden"> for line {l.lineNo} of the request received {formatDate(r.receivedOn)}</span>
                            </Link>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
