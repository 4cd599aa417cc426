import { findMonitoredBudgets } from "@pb/db";
import type { Frequency } from "@pb/eligibility";
import {
  describeCheckFrequency,
  findCheckFrequency,
  findNextCheckDue,
  MONITORING_CHECK_KIND_DEFINITIONS,
  MONITORING_CHECK_KINDS,
  type MonitoringCheckKind,
  type MonitoringCheckOutcome,
} from "@pb/reviews";
import { getPolicyInForce } from "../policy/policy-in-force";
import type { ServiceContext } from "../shared/context";

export type MonitoringCheckStatus = {
  kind: MonitoringCheckKind;
  label: string;
  /** The policy's frequency, or null when it sets none: then no check is scheduled. */
  frequency: Frequency | null;
  /** "every school term (…)", or the words that say the policy does not set it. */
  frequencyWords: string;
  lastCheckedOn: string | null;
  lastOutcome: MonitoringCheckOutcome | null;
  nextDueOn: string | null;
  /** The period the next check covers ("spring term 2027"). */
  nextPeriodLabel: string | null;
};

export type BudgetMonitoring = {
  budgetId: string;
  childId: string;
  childReference: string;
  directPaymentStartsOn: string;
  policyVersionNumber: number | null;
  checks: MonitoringCheckStatus[];
};

/**
 * The checks of each active direct payment budget (or one child's), by the policy in force today:
 * when each was last made and when the next is due. A frequency the policy does not set schedules nothing.
 */
export async function listBudgetMonitoring(ctx: ServiceContext, options: { childId?: string } = {}): Promise<BudgetMonitoring[]> {
  const budgets = await findMonitoredBudgets(ctx.db, ctx.councilId, options);
  if (budgets.length === 0) return [];
  const inForce = await getPolicyInForce(ctx.db, ctx.councilId, ctx.today);
  return budgets.map((b) => ({
    budgetId: b.budgetId,
    childId: b.childId,
    childReference: b.childReference,
    directPaymentStartsOn: b.directPaymentStartsOn,
    policyVersionNumber: inForce?.versionNumber ?? null,
    checks: MONITORING_CHECK_KINDS.map((kind): MonitoringCheckStatus => {
      const frequency = findCheckFrequency(inForce?.policy.finance, kind) ?? null;
      const last = b.lastChecks.find((c) => c.kind === kind) ?? null;
      const next = frequency && b.directPaymentStartsOn ? findNextCheckDue({ frequency, startedOn: b.directPaymentStartsOn, lastCheckedOn: last?.checkedOn ?? null }) : null;
      const definition = MONITORING_CHECK_KIND_DEFINITIONS[kind];
      return {
        kind,
        label: definition.label,
        frequency,
        frequencyWords: frequency ? `${describeCheckFrequency(frequency)} (${definition.domainRule})` : `Not set by the policy (finance.${definition.policyKey}): no check is scheduled`,
        lastCheckedOn: last?.checkedOn ?? null,
        lastOutcome: last?.outcome ?? null,
        nextDueOn: next?.dueOn ?? null,
        nextPeriodLabel: next?.period.label ?? null,
      };
    }),
  }));
}

/** One budget's checks, or null when it is not an active budget with a direct payment. */
export async function getBudgetMonitoring(ctx: ServiceContext, budget: { id: string; child_id: string }): Promise<BudgetMonitoring | null> {
  const all = await listBudgetMonitoring(ctx, { childId: budget.child_id });
  return all.find((m) => m.budgetId === budget.id) ?? null;
}
