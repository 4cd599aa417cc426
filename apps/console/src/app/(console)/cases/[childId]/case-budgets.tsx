import { describeCode } from "@pb/reports";
import Link from "next/link";
import { ARRANGEMENT_LABELS, RECIPIENT_LABELS, STREAM_LABELS, formatDate, formatMoney, labelOf } from "~/app/(console)/requests/_lib/words";
import { CASE_BUDGET_STATUS_LABELS, FREQUENCY_LABELS } from "../_lib/case-words";
import type { CaseView } from "../_lib/types";

type Budget = CaseView["budgets"][number];

function BudgetLines({ budget }: { budget: Budget }) {
  if (budget.lines.length === 0) return <p>No lines.</p>;
  return (
    <table>
      <caption>Lines and payments of budget version {budget.budgetVersion}</caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Arrangement</th>
          <th scope="col" className="num">Annual amount</th>
          <th scope="col">Paid</th>
          <th scope="col">From and to</th>
          <th scope="col">Payments</th>
        </tr>
      </thead>
      <tbody>
        {budget.lines.map((l) => (
          <tr key={l.id}>
            <th scope="row">
              {describeCode(l.service)} ({labelOf(STREAM_LABELS, l.stream)}){l.suspended ? ", suspended" : ""}
            </th>
            <td>{labelOf(ARRANGEMENT_LABELS, l.arrangement)}</td>
            <td className="num">{formatMoney(l.annualAmountPence)}</td>
            <td>{labelOf(FREQUENCY_LABELS, l.frequency)}</td>
            <td>
              {formatDate(l.startsOn)} to {formatDate(l.endsOn)}
            </td>
            <td>
              {l.payments.paidCount} paid ({formatMoney(l.payments.paidPence)}
              {l.payments.lastPaidOn ? `, last on ${formatDate(l.payments.lastPaidOn)}` : ""}); {l.payments.scheduledCount} scheduled ({formatMoney(l.payments.scheduledPence)}
              {l.payments.nextDueOn ? `, next on ${formatDate(l.payments.nextDueOn)}` : ""})
              {l.payments.cancelledCount ? `; ${l.payments.cancelledCount} cancelled` : ""}
              {l.payments.failedCount ? `; ${l.payments.failedCount} failed` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every version of the budget, the current one marked, with its lines, payment schedule in sum and agreements. */
export function CaseBudgets({ view }: { view: CaseView }) {
  const childId = view.child.id;
  return (
    <section aria-labelledby="budgets-heading" className="request-section">
      <h2 id="budgets-heading">Personal budgets</h2>
      {view.budgets.length === 0 && <p>No budget has been set up.</p>}
      {view.budgets.map((b) => (
        <div key={b.id}>
          <h3>
            <Link href={`/cases/${childId}/budgets/${b.id}`}>Budget version {b.budgetVersion}</Link>
            {b.isCurrent ? " (current)" : ""}
          </h3>
          <dl className="summary-list">
            <dt>Status</dt>
            <dd>
              {labelOf(CASE_BUDGET_STATUS_LABELS, b.status)}
              {b.ceasedOn ? ` on ${formatDate(b.ceasedOn)}` : ""}
            </dd>
            <dt>Runs</dt>
            <dd>
              From {formatDate(b.startsOn)}
              {b.endsOn ? ` to ${formatDate(b.endsOn)}` : ""}
            </dd>
            <dt>Annual total</dt>
            <dd>{formatMoney(b.annualTotalPence)}</dd>
            <dt>Direct payment agreements</dt>
            <dd>
              {b.agreements.length === 0
                ? "None recorded"
                : b.agreements
                    .map((a) => `${labelOf(RECIPIENT_LABELS, a.recipient)}${a.recipientName ? ` (${a.recipientName})` : ""}, signed on ${formatDate(a.signedOn)}${a.schoolAgreementOn ? `, school agreed on ${formatDate(a.schoolAgreementOn)}` : ""}`)
                    .join("; ")}
            </dd>
          </dl>
          <BudgetLines budget={b} />
        </div>
      ))}
    </section>
  );
}
