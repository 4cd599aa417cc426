import { returnPeriodOf, type ReturnPeriod } from "@pb/budgets";
import { addDays, parseIsoDate } from "@pb/calendar";
import { FREQUENCY_WORDS, type Finance, type Frequency } from "@pb/eligibility";

/** The two checks of a direct payment the policy can set (T4): the case officer's and the finance officer's. */
export const MONITORING_CHECK_KINDS = ["monitoring", "finance_check"] as const;
export type MonitoringCheckKind = (typeof MONITORING_CHECK_KINDS)[number];

export const MONITORING_CHECK_OUTCOMES = ["satisfactory", "concerns"] as const;
export type MonitoringCheckOutcome = (typeof MONITORING_CHECK_OUTCOMES)[number];

export const MONITORING_CHECK_OUTCOME_LABELS: Readonly<Record<MonitoringCheckOutcome, string>> = {
  satisfactory: "Used as agreed",
  concerns: "Concerns found",
};

type CheckKindDefinition = {
  /** Where the policy keeps this check's frequency. */
  policyKey: keyof Pick<Finance, "monitoringFrequency" | "financeCheckFrequency">;
  label: string;
  domainRule: string;
};

export const MONITORING_CHECK_KIND_DEFINITIONS: Readonly<Record<MonitoringCheckKind, CheckKindDefinition>> = {
  monitoring: { policyKey: "monitoringFrequency", label: "Case officer's check of how the direct payment is used", domainRule: "T4" },
  finance_check: { policyKey: "financeCheckFrequency", label: "Finance officer's check of the direct payment account", domainRule: "T4" },
};

export function isMonitoringCheckKind(value: unknown): value is MonitoringCheckKind {
  return typeof value === "string" && (MONITORING_CHECK_KINDS as readonly string[]).includes(value);
}

/** "Every school term (…)": a check frequency in words, for the pages and the queues. */
export function describeCheckFrequency(frequency: Frequency): string {
  return FREQUENCY_WORDS[frequency];
}

/** The frequency the policy sets for a kind of check, or undefined when it sets none (then nothing is scheduled). */
export function findCheckFrequency(finance: Finance | undefined, kind: MonitoringCheckKind): Frequency | undefined {
  return finance?.[MONITORING_CHECK_KIND_DEFINITIONS[kind].policyKey];
}

export type CheckDue = { dueOn: string; period: ReturnPeriod };

/**
 * The next check of a direct payment (T4): one check in each period of the policy's frequency, due
 * by that period's last day. Periods are the finance ones (`returnPeriodOf`): months, quarters and
 * financial years from April; terms follow the school year, autumn 1 September–31 December, spring
 * 1 January–31 March, summer 1 April–31 August. A check covers the period it was made in, so the
 * next is due by the end of the period after it; before any check, the first is due by the end of
 * the period in which the direct payment started.
 */
export function findNextCheckDue(input: { frequency: Frequency; startedOn: string; lastCheckedOn: string | null }): CheckDue {
  const startPeriod = returnPeriodOf(input.frequency, input.startedOn);
  let period = startPeriod;
  if (input.lastCheckedOn !== null) {
    const covered = returnPeriodOf(input.frequency, input.lastCheckedOn);
    const after = returnPeriodOf(input.frequency, addDays(parseIsoDate(covered.end), 1));
    if (after.start > startPeriod.start) period = after;
  }
  return { dueOn: period.end, period };
}
