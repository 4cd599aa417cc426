import { formatIsoDateEnGb } from "@pb/calendar";
import { MONITORING_CHECK_OUTCOME_LABELS, type MonitoringCheckKind } from "@pb/reviews";
import { getNextPolicyReview } from "../policy/next-policy-review";
import type { QueueRow } from "../queues/queue-words";
import type { ServiceContext } from "../shared/context";
import { listBudgetMonitoring } from "./monitoring-status";

const LIMIT = 200;

/** Checks of a kind due by `until` (or overdue), most urgent first, in words. */
export async function loadChecksDue(ctx: ServiceContext, kind: MonitoringCheckKind, until: string): Promise<QueueRow[]> {
  const rows: (QueueRow & { dueOn: string })[] = [];
  for (const budget of await listBudgetMonitoring(ctx)) {
    const check = budget.checks.find((c) => c.kind === kind);
    if (!check?.nextDueOn || check.nextDueOn > until) continue;
    const last = check.lastCheckedOn ? `last checked ${formatIsoDateEnGb(check.lastCheckedOn)} (${MONITORING_CHECK_OUTCOME_LABELS[check.lastOutcome ?? "satisfactory"].toLowerCase()})` : "not checked yet";
    rows.push({
      id: `${budget.budgetId}:${kind}`, childId: budget.childId, childReference: budget.childReference, dueOn: check.nextDueOn,
      detail: `${check.label} for the ${check.nextPeriodLabel ?? "period"}: ${check.frequencyWords}; ${last}`,
      href: `/cases/${budget.childId}/budgets/${budget.budgetId}#monitoring`,
    });
  }
  rows.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : (a.childReference ?? "").localeCompare(b.childReference ?? "")));
  return rows.slice(0, LIMIT);
}

/** The policy's formal review, from three months before it is due (T8); nothing when the policy sets no period. */
export async function loadPolicyReviewDue(ctx: ServiceContext): Promise<QueueRow[]> {
  const next = await getNextPolicyReview(ctx);
  if (!next?.dueOn || !next.queuedFrom || ctx.today < next.queuedFrom) return [];
  return [
    {
      id: `policy_review:${next.versionId}`, childId: null, childReference: null, dueOn: next.dueOn,
      detail: `Formal review of the policy: version ${next.versionNumber}, in force from ${formatIsoDateEnGb(next.effectiveFrom)}. ${next.rule}`,
      href: "/admin/policy#next-review",
    },
  ];
}
