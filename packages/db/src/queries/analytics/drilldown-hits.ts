import { getDaysInMonth } from "@pb/calendar";
import { contributionColumns, ROLLUPS } from "../../migrations/analytics/rollup-sql";
import { policyIntervals, readNow, type RollupDefinition } from "../../migrations/analytics/reader";
import { filterConditions, filterValues, pickRollup, type AnalyticsFilter, type LineShape } from "./analytics-filter";

export const DRILLDOWN_MEASURES = ["scheduled", "paid", "committed", "in_force", "budgets", "requests", "cessations", "disagreements", "reviews", "exceptions"] as const;
export type DrilldownMeasure = (typeof DRILLDOWN_MEASURES)[number];

/** What narrows a drill-down beyond the dashboard filters: the category of the bar clicked. */
export type DrilldownCell = { outcome?: string; reasonCode?: string; recipient?: string; kind?: string; hasEhcp?: boolean };

/**
 * `value`: the measure the bar shows (pence for money), each row's share of which the drill-down lists.
 * `narrow`: the narrower rollup with the same figure, whose query lists the rows when the filter allows.
 * `window`: a narrower condition than the rollup's own on the anchors that can contribute to this
 * measure in months {{from}}–{{to}}, which an index can answer (the spend rollup's window covers
 * both its measures, scheduled by due date or paid by payment date, which no one index can).
 */
type MeasureSource = { rollup: string; narrow?: string; measure: string; value?: string; window?: string; lines: LineShape; cell: readonly (keyof DrilldownCell)[]; extras?: readonly string[] };

const MEASURES: Record<DrilldownMeasure, MeasureSource> = {
  // Every status but cancelled, listed, so that the index on (council, status, due date) serves it.
  scheduled: {
    rollup: "analytics_spend_month", narrow: "analytics_spend_stream_month", measure: "scheduled_count", value: "scheduled_pence", lines: "columns", cell: [],
    window: "a.status in ('scheduled', 'paid', 'failed') and a.due_on between {{from}}::date and {{to}}::date",
  },
  paid: { rollup: "analytics_spend_month", narrow: "analytics_spend_stream_month", measure: "paid_count", value: "paid_pence", lines: "columns", cell: [], window: "a.status = 'paid' and a.paid_on between {{from}}::date and {{to}}::date" },
  committed: { rollup: "analytics_commitment_month", measure: "committed_pence", lines: "columns", cell: [] },
  in_force: { rollup: "analytics_commitment_month", measure: "in_force_lines", lines: "columns", cell: [] },
  budgets: { rollup: "analytics_budget_month", measure: "budgets", lines: "signature", cell: ["recipient", "hasEhcp"] },
  requests: { rollup: "analytics_request_month", measure: "requests", lines: "signature", cell: ["outcome"], extras: ["outcome", "days_to_decision"] },
  cessations: { rollup: "analytics_cessation_month", measure: "cessations", lines: "signature", cell: ["reasonCode"] },
  disagreements: { rollup: "analytics_disagreement_month", measure: "disagreements", lines: "columns", cell: ["outcome"] },
  reviews: { rollup: "analytics_review_month", measure: "reviews", lines: "signature", cell: ["outcome", "kind"] },
  exceptions: { rollup: "analytics_exception_month", measure: "exceptions", lines: "columns", cell: ["reasonCode"] },
};

const CELL_COLUMNS: Record<keyof DrilldownCell, string> = { outcome: "outcome", reasonCode: "reason_code", recipient: "recipient", kind: "kind", hasEhcp: "has_ehcp" };

function findRollup(table: string): RollupDefinition {
  const rollup = ROLLUPS.find((r) => r.table === table);
  if (!rollup) throw new Error(`no rollup ${table}`);
  return rollup;
}

function lastDayOf(month: string): string {
  const days = getDaysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return `${month.slice(0, 8)}${String(days).padStart(2, "0")}`;
}

/**
 * A CTE `rx_hits (rx_anchor, …extras)` of the rows behind a cell: the rollup's own contribution query
 * (the SQL its triggers and rebuild run) over the anchors that can reach the months, kept where the
 * contribution falls in the cell. So a drill-down lists exactly what the bar sums, by construction.
 * Where the filter allows (pickRollup), the narrow rollup's query: the same rows, with fewer joins.
 */
export function buildDrilldownHits(
  measure: DrilldownMeasure,
  f: AnalyticsFilter,
  cell: DrilldownCell,
  options: { narrow: boolean } = { narrow: true },
): { text: string; values: Record<string, unknown> } {
  const values: Record<string, unknown> = { ...filterValues(f), from: f.fromMonth, to: lastDayOf(f.toMonth) };
  const source = MEASURES[measure];
  const table = source.narrow && options.narrow && pickRollup(f, source.rollup, source.narrow).narrow ? source.narrow : source.rollup;
  const rollup = findRollup(table);
  const cellConditions = source.cell.filter((k) => cell[k] !== undefined).map((k) => `x.${CELL_COLUMNS[k]} = {{cell_${k}}}`);
  const conditions = [...filterConditions(f, source.lines, "x"), `x.${source.measure} <> 0`, ...cellConditions];
  const extras = (source.extras ?? []).map((c) => `, min(x.${c}) as ${c}`).join("");
  const text = `with rx_pi as materialized (${policyIntervals("select {{council}}::uuid")}),
    rx_hits as (select x.rx_anchor${extras}, sum(x.${source.value ?? source.measure})::bigint as rx_value
      from (${rollup.select(readNow(rollup.anchor, `a.council_id = {{council}}::uuid and ${source.window ?? rollup.window}`))}) x (${contributionColumns(rollup)})
      where ${conditions.join(" and ")} group by x.rx_anchor)`;
  for (const k of source.cell) values[`cell_${k}`] = cell[k] ?? null;
  return { text, values };
}

/** Whether a measure's rows carry money (pence) or a count. */
export function drilldownValueKind(measure: DrilldownMeasure): "pence" | "count" {
  const value = MEASURES[measure].value ?? MEASURES[measure].measure;
  return value.endsWith("_pence") ? "pence" : "count";
}

/** Which table's rows a measure's drill-down lists. */
export function drilldownAnchor(measure: DrilldownMeasure): string {
  return findRollup(MEASURES[measure].rollup).anchor;
}
