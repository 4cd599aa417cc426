import Link from "next/link";
import { formatIsoDateEnGb } from "@pb/calendar";
import { MONITORING_CHECK_OUTCOME_LABELS } from "@pb/reviews";
import type { RouterOutputs } from "@pb/api/types";

type BudgetMonitoring = RouterOutputs["monitoring"]["forAccount"][number];

/** The policy's checks of the direct payments paid into this account (T4); each is recorded on its budget's page. */
export function AccountChecks({ budgets, today }: { budgets: BudgetMonitoring[]; today: string }) {
  return (
    <>
      <h2 id="checks">Checks of the direct payment</h2>
      {budgets.length === 0 ? (
        <p>No budget in force pays a direct payment into this account, so no check is due.</p>
      ) : (
        <table>
          <caption>Last and next check of each direct payment, by the policy in force today</caption>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">How often</th>
              <th scope="col">Last check</th>
              <th scope="col">Next check due by</th>
              <th scope="col">
                <span className="visually-hidden">Record</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {budgets.flatMap((b) =>
              b.checks.map((c) => (
                <tr key={`${b.budgetId}:${c.kind}`} data-check-kind={c.kind}>
                  <th scope="row">{c.label}</th>
                  <td>{c.frequencyWords}</td>
                  <td>{c.lastCheckedOn ? `${formatIsoDateEnGb(c.lastCheckedOn)}: ${MONITORING_CHECK_OUTCOME_LABELS[c.lastOutcome ?? "satisfactory"]}` : "Not checked yet"}</td>
                  <td>{c.nextDueOn ? `${formatIsoDateEnGb(c.nextDueOn)} (${c.nextPeriodLabel ?? ""})${c.nextDueOn < today ? ", overdue" : ""}` : "Not set by the policy"}</td>
                  <td>
                    <Link href={`/cases/${b.childId}/budgets/${b.budgetId}#monitoring`}>
                      Record on the budget<span className="visually-hidden">: {c.label.toLowerCase()}</span>
                    </Link>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </>
  );
}
