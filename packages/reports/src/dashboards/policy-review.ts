import { REASON_CODE_WORDS } from "@pb/eligibility";
import type { RatioFigure } from "../disclosure/attacker";
import type { ExportTable } from "../exports/export-table";
import { cellOf } from "../exports/output-sums";
import { addTo, percentOf, sumOf, type DashboardSection, type DashboardView, type DrillMeasure, type ExportRow } from "./dashboard-view";
import { DECIDED_OUTCOMES } from "./labels";
import { firstDayOf, lastDayOf, type ResolvedDashboardPeriod } from "./period";
import { findPercentile, type Weighted } from "./percentile";
import { splitPeriodByPolicy, type PolicyPeriod, type PublishedVersionFigures } from "./policy-periods";

type ByPolicy = { policyVersionId: string };

export type PolicyReviewInput = {
  period: ResolvedDashboardPeriod;
  versions: readonly PublishedVersionFigures[];
  noPolicyId: string;
  spend: readonly (ByPolicy & { paidPence: number; scheduledPence: number })[];
  commitment: readonly (ByPolicy & { committedPence: number })[];
  requests: readonly (ByPolicy & { outcome: string; daysToDecision: number; requests: number })[];
  cessations: readonly (ByPolicy & { cessations: number })[];
  disagreements: readonly (ByPolicy & { disagreements: number })[];
  /** Rules of the council's policy the panel set aside (issue 17), by the version whose rule it was. */
  exceptions: readonly (ByPolicy & { reasonCode: string; exceptions: number })[];
};

/** The request table's column of each decided outcome. */
const OUTCOME_COLUMN: Record<(typeof DECIDED_OUTCOMES)[number], string> = { approved: "approved", partly_approved: "partly", refused: "refused" };

/** Days in an average month: turns a stretch's total into "a month on average", so stretches of different lengths compare. */
const DAYS_A_MONTH = 365.25 / 12;

function sumByPolicy<T extends ByPolicy>(rows: readonly T[], value: (r: T) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) addTo(out, r.policyVersionId, value(r));
  return out;
}

/** A rate column's key: its total's key and this ("paidAMonth" is paidPence's, "receivedAMonth" is received's). */
const A_MONTH = "AMonth";

/**
 * What a reader can turn back into a count: each stretch's "a month on average" is its total times
 * 30.44 over the stretch's days, which the table shows. For the disclosure attacker's knowledge.
 */
export function listStretchRates(tables: readonly ExportTable[]): RatioFigure[] {
  return tables.flatMap((table) => {
    const rates = table.columns.filter((c) => c.key.endsWith(A_MONTH) && c.derivedFrom?.length === 1 && table.columns.some((d) => d.key === "days"));
    return table.rows.flatMap((row, i) => {
      const days = row.days;
      if (typeof days !== "number" || days <= 0) return [];
      // total × 365.25 ÷ 12 ÷ days, in whole numbers: total × 36525 ÷ (1200 × days).
      return rates.map((c) => ({ figure: { table: table.id, row: i, column: c.key }, numerator: { table: table.id, row: i, column: String(c.derivedFrom?.[0]) }, denominator: 1200 * days, scale: 36_525 }));
    });
  });
}

const aMonth = (total: number, days: number) => (days > 0 ? (total * DAYS_A_MONTH) / days : 0);
const penceAMonth = (total: number, days: number) => Math.round(aMonth(total, days));
const countAMonth = (total: number, days: number) => Math.round(aMonth(total, days) * 10) / 10;

function stretchCells(p: PolicyPeriod): ExportRow {
  return { policy: p.label, from: p.from, to: p.to, days: p.days };
}

const STRETCH_COLUMNS = [
  { key: "policy", label: "Policy in force", kind: "text" as const },
  { key: "from", label: "From", kind: "date" as const },
  { key: "to", label: "To", kind: "date" as const },
  // Days of the calendar, not a count of children: never suppressed.
  { key: "days", label: "Days", kind: "number" as const },
];

/** A total per stretch, and the same as a month on average so stretches of different lengths compare. */
type StretchMeasure = { key: string; label: string; aMonthKey: string; aMonthLabel: string; kind: "pence" | "count"; totals: Map<string, number>; drill: DrillMeasure };

function stretchTotalsSection(stretches: PolicyPeriod[], spec: { id: string; title: string; sheetName: string; measures: StretchMeasure[]; note?: string }): DashboardSection {
  const inPence = spec.measures.every((m) => m.kind === "pence");
  const aMonthOf = (m: StretchMeasure, total: number, days: number) => (m.kind === "pence" ? penceAMonth(total, days) : countAMonth(total, days));
  return {
    id: spec.id,
    title: spec.title,
    chart: { kind: "bar", categoryKey: "policy", series: spec.measures.map((m) => ({ key: m.aMonthKey, label: m.aMonthLabel })), valueKind: inPence ? "pence" : "number" },
    table: {
      id: spec.id,
      sheetName: spec.sheetName,
      title: spec.title,
      columns: [
        ...STRETCH_COLUMNS,
        ...spec.measures.flatMap((m) => [
          { key: m.key, label: m.label, kind: m.kind },
          // Over a stretch of known days, a month on average gives its total back: hidden with it.
          { key: m.aMonthKey, label: m.aMonthLabel, kind: m.kind === "pence" ? ("pence" as const) : ("number" as const), derivedFrom: [m.key] },
        ]),
      ],
      rows: stretches.map((p) => ({
        ...stretchCells(p),
        ...Object.fromEntries(
          spec.measures.flatMap((m) => {
            const total = m.totals.get(p.policyVersionId) ?? 0;
            return [[m.key, total], [m.aMonthKey, aMonthOf(m, total, p.days)]];
          }),
        ),
      })),
      ...(spec.note ? { note: spec.note } : {}),
      drills: stretches.map((p) => Object.fromEntries(spec.measures.map((m) => [m.key, { measure: m.drill, policyVersionId: p.policyVersionId }]))),
    },
  };
}

function moneySection(input: PolicyReviewInput, stretches: PolicyPeriod[]): DashboardSection {
  return stretchTotalsSection(stretches, {
    id: "policy-money",
    sheetName: "Spend by policy version",
    title: `Spend under each policy version, ${input.period.label}`,
    measures: [
      { key: "paidPence", label: "Paid", aMonthKey: "paidAMonth", aMonthLabel: "Paid, a month on average", kind: "pence", totals: sumByPolicy(input.spend, (r) => r.paidPence), drill: "paid" },
      { key: "committedPence", label: "Committed", aMonthKey: "committedAMonth", aMonthLabel: "Committed, a month on average", kind: "pence", totals: sumByPolicy(input.commitment, (r) => r.committedPence), drill: "committed" },
    ],
    note: "Each payment and each day of a budget line counts under the policy in force on its date; a month on average is the total over the stretch's days times 30.44.",
  });
}

function requestSection(input: PolicyReviewInput, stretches: PolicyPeriod[]): DashboardSection {
  const title = `Requests under each policy version, ${input.period.label}`;
  return {
    id: "policy-requests",
    title,
    chart: { kind: "bar", categoryKey: "policy", series: [{ key: "approved", label: "Approved" }, { key: "partly", label: "Partly approved" }, { key: "refused", label: "Refused" }], valueKind: "percent" },
    table: {
      id: "policy-requests",
      sheetName: "Requests by policy version",
      title,
      columns: [
        ...STRETCH_COLUMNS,
        { key: "received", label: "Requests received", kind: "count" },
        { key: "receivedAMonth", label: "Received, a month on average", kind: "number", derivedFrom: ["received"] },
        // A percentage of a shown base gives its count back, so each count is shown (and protected) beside it.
        { key: "decided", label: "Decided", kind: "count" },
        // Shown so that received less decided is not a small count left unprotected.
        { key: "undecided", label: "Not yet decided", kind: "count" },
        { key: "approvedCount", label: "Approved", kind: "count" },
        { key: "partlyCount", label: "Partly approved", kind: "count" },
        { key: "refusedCount", label: "Refused", kind: "count" },
        { key: "approved", label: "Approved, of those decided", kind: "percent", derivedFrom: ["approvedCount", "decided"] },
        { key: "partly", label: "Partly approved, of those decided", kind: "percent", derivedFrom: ["partlyCount", "decided"] },
        { key: "refused", label: "Refused, of those decided", kind: "percent", derivedFrom: ["refusedCount", "decided"] },
        // The requests the percentiles summarise (hidden with "decided", of which they are part).
        { key: "timed", label: "Decided, with days counted", kind: "count", derivedFrom: ["decided"] },
        { key: "median", label: "Median days to decision", kind: "number", derivedFrom: ["timed"], derivation: "summary" },
        { key: "p90", label: "90th percentile days to decision", kind: "number", derivedFrom: ["timed"], derivation: "summary" },
      ],
      rowSum: { parts: ["approvedCount", "partlyCount", "refusedCount"], total: "decided" },
      rows: stretches.map((p) => {
        const rows = input.requests.filter((r) => r.policyVersionId === p.policyVersionId);
        const received = sumOf(rows.map((r) => r.requests));
        const decided = rows.filter((r) => (DECIDED_OUTCOMES as readonly string[]).includes(r.outcome));
        const decidedCount = sumOf(decided.map((r) => r.requests));
        const count = (o: string) => sumOf(decided.filter((r) => r.outcome === o).map((r) => r.requests));
        // Days only where the dates run forward, as the uptake dashboard reads them.
        const days: Weighted[] = decided.filter((r) => r.daysToDecision >= 0).map((r) => ({ value: r.daysToDecision, count: r.requests }));
        const [approved, partly, refused] = [count("approved"), count("partly_approved"), count("refused")];
        return {
          ...stretchCells(p), received, receivedAMonth: countAMonth(received, p.days),
          decided: decidedCount, undecided: received - decidedCount, approvedCount: approved, partlyCount: partly, refusedCount: refused,
          approved: percentOf(approved, decidedCount), partly: percentOf(partly, decidedCount), refused: percentOf(refused, decidedCount),
          timed: sumOf(days.map((d) => d.count)), median: findPercentile(days, 0.5), p90: findPercentile(days, 0.9),
        };
      }),
      note: "Requests count under the policy in force on the day they were received.",
      drills: stretches.map((p) => ({
        received: { measure: "requests", policyVersionId: p.policyVersionId },
        ...Object.fromEntries(DECIDED_OUTCOMES.map((o) => [`${OUTCOME_COLUMN[o]}Count`, { measure: "requests" as const, policyVersionId: p.policyVersionId, outcome: o }])),
      })),
    },
  };
}

function endingsSection(input: PolicyReviewInput, stretches: PolicyPeriod[]): DashboardSection {
  return stretchTotalsSection(stretches, {
    id: "policy-endings",
    sheetName: "Endings by policy version",
    title: `Personal budgets ended and reviews asked for under each policy version, ${input.period.label}`,
    measures: [
      { key: "cessations", label: "Personal budgets ended", aMonthKey: "cessationsAMonth", aMonthLabel: "Ended, a month on average", kind: "count", totals: sumByPolicy(input.cessations, (r) => r.cessations), drill: "cessations" },
      { key: "disagreements", label: "Reviews asked for", aMonthKey: "disagreementsAMonth", aMonthLabel: "Reviews asked for, a month on average", kind: "count", totals: sumByPolicy(input.disagreements, (r) => r.disagreements), drill: "disagreements" },
    ],
  });
}

/**
 * Issue 17: which rules of its own policy the panel keeps setting aside, by rule and the version whose
 * rule it was, most often first within each version: what a council reviewing its policy looks at.
 */
function exceptionsSection(input: PolicyReviewInput): DashboardSection {
  const title = `Rules the panel set aside, ${input.period.label}`;
  const counts = new Map<string, { policyVersionId: string; reasonCode: string; exceptions: number }>();
  for (const r of input.exceptions) {
    const key = `${r.policyVersionId}|${r.reasonCode}`;
    const cell = counts.get(key) ?? { policyVersionId: r.policyVersionId, reasonCode: r.reasonCode, exceptions: 0 };
    cell.exceptions += r.exceptions;
    counts.set(key, cell);
  }
  const numberOf = new Map(input.versions.map((v) => [v.id, v.versionNumber]));
  const label = (id: string) => {
    const n = numberOf.get(id);
    return n === undefined ? "Before the first published policy" : `Version ${n}`;
  };
  const cells = [...counts.values()].filter((c) => c.exceptions !== 0).sort((a, b) => (numberOf.get(a.policyVersionId) ?? 0) - (numberOf.get(b.policyVersionId) ?? 0) || b.exceptions - a.exceptions || a.reasonCode.localeCompare(b.reasonCode));
  return {
    id: "policy-exceptions",
    title,
    chart: null,
    table: {
      id: "policy-exceptions",
      sheetName: "Rules set aside",
      title,
      columns: [
        { key: "policy", label: "Policy version", kind: "text" },
        { key: "rule", label: "Rule (reason code)", kind: "text" },
        { key: "words", label: "Rule", kind: "text" },
        { key: "exceptions", label: "Times set aside", kind: "count" },
      ],
      rows: cells.map((c) => ({ policy: label(c.policyVersionId), rule: c.reasonCode, words: REASON_CODE_WORDS[c.reasonCode as keyof typeof REASON_CODE_WORDS] ?? c.reasonCode, exceptions: c.exceptions })),
      drills: cells.map((c) => ({ exceptions: { measure: "exceptions", policyVersionId: c.policyVersionId, reasonCode: c.reasonCode } })),
      note: "Each approval the panel recorded as an exception to the council's own policy, counted once for each rule it set aside, under the policy version the request was checked by. The law's exclusions cannot be set aside, so they never appear here.",
    },
  };
}

/**
 * The policy review: the same headline measures for each stretch of the period under one policy
 * version (split at the effective dates), side by side, with rates a month so stretches compare.
 */
export function buildPolicyReviewDashboard(input: PolicyReviewInput): DashboardView {
  const stretches = splitPeriodByPolicy(firstDayOf(input.period.fromMonth), lastDayOf(input.period.toMonth), input.versions, input.noPolicyId);
  return {
    dashboard: "policy_review",
    period: input.period,
    headlines: [{ label: "Policy versions in force during the period", value: stretches.filter((s) => s.versionNumber !== null).length, kind: "count" }],
    sections: [moneySection(input, stretches), requestSection(input, stretches), endingsSection(input, stretches), exceptionsSection(input)],
    // The tables share no figure: each stretch's measures are its own (totals over the period are the other dashboards').
    // Within the requests table, each stretch's requests received are those decided and those not yet decided.
    sums: stretches.map((_, i) => ({ total: cellOf("policy-requests", i, "received"), parts: [cellOf("policy-requests", i, "decided"), cellOf("policy-requests", i, "undecided")] })),
  };
}
