import { MONITORING_CHECK_OUTCOME_LABELS, MONITORING_CHECK_OUTCOMES, type MonitoringCheckOutcome } from "@pb/reviews";
import { formatDate } from "~/app/(console)/requests/_lib/words";
import type { LifecycleAbilities } from "../_lib/abilities";
import type { BudgetView } from "../_lib/types";
import { MonitoringCheckForm } from "./monitoring-check-form";

/** The policy's checks of the direct payment (T4): how often, the last and the next, and the forms to record one. */
export function MonitoringSection({ budget, can, today }: { budget: BudgetView; can: LifecycleAbilities; today: string }) {
  const monitoring = budget.monitoring;
  const outcomes = MONITORING_CHECK_OUTCOMES.map((o): [MonitoringCheckOutcome, string] => [o, MONITORING_CHECK_OUTCOME_LABELS[o]]);
  return (
    <section aria-labelledby="monitoring">
      <h2 id="monitoring">Monitoring checks</h2>
      {!monitoring ? (
        <p>Only a budget in force that pays a direct payment is checked.</p>
      ) : (
        <>
          <p className="source">By the policy in force today{monitoring.policyVersionNumber ? ` (version ${monitoring.policyVersionNumber})` : ""}; counted from the direct payment&apos;s start, {formatDate(monitoring.directPaymentStartsOn)}.</p>
          <table>
            <caption>Checks of the direct payment</caption>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">How often</th>
                <th scope="col">Last check</th>
                <th scope="col">Next check due by</th>
              </tr>
            </thead>
            <tbody>
              {monitoring.checks.map((c) => (
                <tr key={c.kind} data-check-kind={c.kind}>
                  <th scope="row">{c.label}</th>
                  <td>{c.frequencyWords}</td>
                  <td data-testid={`${c.kind}-last`}>{c.lastCheckedOn ? `${formatDate(c.lastCheckedOn)}: ${MONITORING_CHECK_OUTCOME_LABELS[c.lastOutcome ?? "satisfactory"]}` : "Not checked yet"}</td>
                  <td data-testid={`${c.kind}-next`} data-iso={c.nextDueOn ?? ""}>
                    {c.nextDueOn ? `${formatDate(c.nextDueOn)} (${c.nextPeriodLabel ?? ""})${c.nextDueOn < today ? ", overdue" : ""}` : "Not set by the policy"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {can.monitor && <MonitoringCheckForm budgetId={budget.id} kind="monitoring" today={today} outcomes={outcomes} />}
          {can.financeCheck && <MonitoringCheckForm budgetId={budget.id} kind="finance_check" today={today} outcomes={outcomes} />}
        </>
      )}
    </section>
  );
}
