import { formatMonthEnGb } from "@pb/calendar";
import { cellOf, sameFigure } from "../exports/output-sums";
import { buildCategoryCountSection, countBy } from "./category-section";
import { addTo, percentOf, sumOf, type DashboardSection, type DashboardView, type ExportRow } from "./dashboard-view";
import { DECIDED_OUTCOMES, DP_RECIPIENT_LABELS, DP_RECIPIENTS, REQUEST_OUTCOME_LABELS, REQUEST_OUTCOMES } from "./labels";
import type { ResolvedDashboardPeriod } from "./period";
import { findPercentile, type Weighted } from "./percentile";

/** Personal budgets in force at a month's end, by EHC plan and direct payment recipient ("none" without a direct payment). */
export type CensusFigures = { month: string; hasEhcp: boolean; recipient: string; budgets: number };
/** Requests by month received and where they stand; days to decision is -1 until decided. */
export type RequestFigures = { month: string; outcome: string; daysToDecision: number; requests: number };
/** Children with an issued EHC plan at a month's end. */
export type EhcpFigures = { month: string; ehcps: number };

export type UptakeDashboardInput = {
  period: ResolvedDashboardPeriod;
  census: readonly CensusFigures[];
  requests: readonly RequestFigures[];
  ehcps: readonly EhcpFigures[];
  /** The last month a month-end census has counted (ended by today), or the period's last month if earlier: later months show –. */
  asAtMonth: string;
};

function activeByMonth(input: UptakeDashboardInput): DashboardSection {
  const active = new Map<string, number>();
  const withEhcp = new Map<string, number>();
  const withoutDp = new Map<string, number>();
  for (const r of input.census) {
    addTo(active, r.month, r.budgets);
    if (r.hasEhcp) addTo(withEhcp, r.month, r.budgets);
    if (r.recipient === "none") addTo(withoutDp, r.month, r.budgets);
  }
  const ehcps = new Map(input.ehcps.map((e) => [e.month, e.ehcps]));
  const title = `Active personal budgets at each month's end, and the share of EHC plans with one, ${input.period.label}`;
  return {
    id: "active-by-month",
    title,
    chart: { kind: "bar", categoryKey: "month", series: [{ key: "active", label: "Active personal budgets" }, { key: "withEhcp", label: "Of which with an EHC plan" }], valueKind: "count" },
    table: {
      id: "active-by-month",
      sheetName: "Budgets in force by month",
      title,
      columns: [
        { key: "month", label: "Month", kind: "month" },
        { key: "active", label: "Active personal budgets", kind: "count" },
        { key: "withEhcp", label: "Of which with an EHC plan", kind: "count" },
        // Each part of a total is shown beside it: a part left out would be the total less the others.
        { key: "withoutEhcp", label: "Without an EHC plan", kind: "count" },
        { key: "ehcps", label: "EHC plans", kind: "count" },
        { key: "ehcpsWithoutBudget", label: "EHC plans without a personal budget", kind: "count" },
        // The last month's budgets with a direct payment are the direct payments table's total.
        { key: "withDp", label: "With a direct payment", kind: "count" },
        { key: "withoutDp", label: "Without a direct payment", kind: "count" },
        { key: "share", label: "EHC plans with a personal budget", kind: "percent", derivedFrom: ["withEhcp", "ehcps"] },
      ],
      // A month after this one has no census yet: its budgets' end dates may still change.
      rows: input.period.months.map((m) => {
        if (m > input.asAtMonth) return { month: m, active: null, withEhcp: null, withoutEhcp: null, ehcps: null, ehcpsWithoutBudget: null, withDp: null, withoutDp: null, share: null };
        const a = active.get(m) ?? 0;
        const w = withEhcp.get(m) ?? 0;
        const e = ehcps.get(m) ?? 0;
        const none = withoutDp.get(m) ?? 0;
        return { month: m, active: a, withEhcp: w, withoutEhcp: a - w, ehcps: e, ehcpsWithoutBudget: e - w, withDp: a - none, withoutDp: none, share: percentOf(w, e) };
      }),
      rowSum: { parts: ["withEhcp", "withoutEhcp"], total: "active" },
      note: `A census on each month's last day: budgets with a line in force, and children with an issued EHC plan (EHC plans are not narrowed by stream, arrangement, service or policy version).${input.period.toMonth > input.asAtMonth ? " A month that has not ended yet shows –." : ""}`,
      drills: input.period.months.map((month) => (month > input.asAtMonth ? {} : { active: { measure: "budgets", month }, withEhcp: { measure: "budgets", month, hasEhcp: true }, withoutEhcp: { measure: "budgets", month, hasEhcp: false }, withoutDp: { measure: "budgets", month, recipient: "none" } })),
    },
  };
}

function requestsByMonth(input: UptakeDashboardInput): DashboardSection {
  const counts = new Map<string, number>();
  for (const r of input.requests) addTo(counts, `${r.month}|${r.outcome}`, r.requests);
  const outcomes = [...REQUEST_OUTCOMES];
  const rowOf = (label: string, months: readonly string[]): ExportRow => {
    const row: ExportRow = { month: label };
    for (const o of outcomes) row[o] = sumOf(months.map((m) => counts.get(`${m}|${o}`) ?? 0));
    row.received = sumOf(outcomes.map((o) => row[o] as number));
    return row;
  };
  const title = `Requests received per month and where they stand, ${input.period.label}`;
  return {
    id: "requests-by-month",
    title,
    chart: { kind: "stacked", categoryKey: "month", series: outcomes.map((o) => ({ key: o, label: REQUEST_OUTCOME_LABELS[o] })), valueKind: "count" },
    table: {
      id: "requests-by-month",
      sheetName: "Requests by month",
      title,
      columns: [
        { key: "month", label: "Month received", kind: "month" },
        { key: "received", label: "Received", kind: "count" },
        ...outcomes.map((o) => ({ key: o, label: REQUEST_OUTCOME_LABELS[o], kind: "count" as const })),
      ],
      rows: input.period.months.map((m) => rowOf(m, [m])),
      totalRow: rowOf("Total", input.period.months),
      rowSum: { parts: outcomes, total: "received" },
      note: "Approved: every line approved as asked; refused: every line refused; partly approved: the rest of the decided requests.",
      drills: input.period.months.map((month) => ({
        received: { measure: "requests", month },
        ...Object.fromEntries(outcomes.map((o) => [o, { measure: "requests" as const, month, outcome: o }])),
      })),
      totalDrills: { received: { measure: "requests" }, ...Object.fromEntries(outcomes.map((o) => [o, { measure: "requests" as const, outcome: o }])) },
    },
  };
}

/** At the end of the period's last month that has ended; with none ended yet, the table has no counts (–), not zeros. */
function directPaymentsByRecipient(input: UptakeDashboardInput, month: string | null): DashboardSection {
  const atMonthEnd = input.census.filter((r) => r.month === month && r.recipient !== "none");
  return buildCategoryCountSection({
    id: "direct-payments-by-recipient",
    sheetName: "Direct payments by recipient",
    title: month
      ? `Personal budgets with a direct payment at the end of ${formatMonthEnGb(month)}, by who receives it`
      : "Personal budgets with a direct payment, by who receives it: no month of this period has ended yet",
    category: { key: "recipient", label: "Received by", known: DP_RECIPIENTS, labels: DP_RECIPIENT_LABELS },
    measure: { key: "budgets", label: "Personal budgets" },
    counts: month ? countBy(atMonthEnd, (r) => r.recipient, (r) => r.budgets) : null,
    note: "The recipient of the budget's latest direct payment agreement.",
    drillOf: (recipient) => ({ measure: "budgets", month: month ?? "", recipient }),
  });
}

function timeToDecision(input: UptakeDashboardInput): DashboardSection {
  const byOutcome = new Map<string, Weighted[]>();
  for (const r of input.requests) {
    if (!(DECIDED_OUTCOMES as readonly string[]).includes(r.outcome)) continue;
    const values = byOutcome.get(r.outcome) ?? [];
    values.push({ value: r.daysToDecision, count: r.requests });
    byOutcome.set(r.outcome, values);
  }
  // Every decided request counts (so each outcome's count is the requests table's), while days are
  // read only where the dates run forward: a decision recorded before its request had no days to take.
  const rowOf = (label: string, values: Weighted[]): ExportRow => {
    const days = values.filter((v) => v.value >= 0);
    return { outcome: label, decided: sumOf(values.map((v) => v.count)), timed: sumOf(days.map((v) => v.count)), median: findPercentile(days, 0.5), p90: findPercentile(days, 0.9) };
  };
  const all = [...byOutcome.values()].flat();
  const title = `Days from request to decision, requests received in ${input.period.label}`;
  return {
    id: "time-to-decision",
    title,
    chart: { kind: "bar", categoryKey: "outcome", series: [{ key: "median", label: "Median" }, { key: "p90", label: "90th percentile" }], valueKind: "number" },
    table: {
      id: "time-to-decision",
      sheetName: "Days to decision",
      title,
      columns: [
        { key: "outcome", label: "Outcome", kind: "text" },
        { key: "decided", label: "Decided", kind: "count" },
        // The requests the percentiles summarise (hidden with "decided", of which they are part).
        { key: "timed", label: "Decided, with days counted", kind: "count", derivedFrom: ["decided"] },
        // A percentile is not a function of the count: shown for a group it summarises at or above the threshold, by either method.
        { key: "median", label: "Median days", kind: "number", derivedFrom: ["timed"], derivation: "summary" },
        { key: "p90", label: "90th percentile days", kind: "number", derivedFrom: ["timed"], derivation: "summary" },
      ],
      rows: [...DECIDED_OUTCOMES.map((o) => rowOf(REQUEST_OUTCOME_LABELS[o], byOutcome.get(o) ?? [])), rowOf("All decided", all)],
      // "All decided" is the sum of the outcomes above it, not a row of its own.
      subtotals: [{ row: DECIDED_OUTCOMES.length, of: DECIDED_OUTCOMES.map((_, i) => i) }],
      note: "Calendar days from the day a request was received to the day its last line was first decided; percentiles by nearest rank.",
      drills: [...DECIDED_OUTCOMES.map((o) => ({ decided: { measure: "requests" as const, outcome: o } })), undefined],
    },
  };
}

/** The uptake dashboard: personal budgets in force, requests and their outcomes, direct payments by recipient, time to decide. */
export function buildUptakeDashboard(input: UptakeDashboardInput): DashboardView {
  // The census figures are as at the end of the period's last month that has ended (none when the period has just begun).
  const last = input.period.months.filter((m) => m <= input.asAtMonth).at(-1) ?? null;
  const lastCensus = input.census.filter((r) => r.month === last);
  const active = last ? sumOf(lastCensus.map((r) => r.budgets)) : null;
  const withEhcp = sumOf(lastCensus.filter((r) => r.hasEhcp).map((r) => r.budgets));
  const ehcps = input.ehcps.find((e) => e.month === last)?.ehcps ?? 0;
  const received = sumOf(input.requests.map((r) => r.requests));
  const decided = input.requests.filter((r) => r.daysToDecision >= 0).map((r) => ({ value: r.daysToDecision, count: r.requests }));
  return {
    dashboard: "uptake",
    period: input.period,
    headlines: [
      { label: last ? `Active personal budgets at the end of ${formatMonthEnGb(last)}` : "Active personal budgets (no month of this period has ended yet)", value: active, kind: "count" },
      { label: "EHC plans with a personal budget", value: last ? percentOf(withEhcp, ehcps) : null, kind: "percent" },
      { label: "Requests received", value: received, kind: "count" },
      { label: "Median days to decision", value: findPercentile(decided, 0.5), kind: "number" },
      { label: "90th percentile days to decision", value: findPercentile(decided, 0.9), kind: "number" },
    ],
    sections: [activeByMonth(input), requestsByMonth(input), directPaymentsByRecipient(input, last), timeToDecision(input)],
    // The requests decided with each outcome are the requests table's total of that outcome.
    sums: [
      ...DECIDED_OUTCOMES.map((o, i) => sameFigure(cellOf("time-to-decision", i, "decided"), cellOf("requests-by-month", "total", o))),
      // A month's EHC plans are those with a personal budget and those without (a child's plan counts once, as does their budget).
      ...input.period.months.map((_, i) => ({ total: cellOf("active-by-month", i, "ehcps"), parts: [cellOf("active-by-month", i, "withEhcp"), cellOf("active-by-month", i, "ehcpsWithoutBudget")] })),
      // A month's budgets split a second way, by direct payment; the last month's with one are the recipients table's total.
      ...input.period.months.map((_, i) => ({ total: cellOf("active-by-month", i, "active"), parts: [cellOf("active-by-month", i, "withDp"), cellOf("active-by-month", i, "withoutDp")] })),
      ...(last ? [sameFigure(cellOf("active-by-month", input.period.months.indexOf(last), "withDp"), cellOf("direct-payments-by-recipient", "total", "budgets"))] : []),
    ],
  };
}
