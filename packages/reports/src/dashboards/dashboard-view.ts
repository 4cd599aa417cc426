import { formatPence } from "@pb/calendar";
import { formatTextCell, formatWholeNumber } from "../exports/display";
import { isSuppressed, SUPPRESSED_TEXT, type CellSum, type ExportCell, type ExportColumn, type ExportOutput, type ExportRow, type ExportTable } from "../exports/export-table";
import type { ResolvedDashboardPeriod } from "./period";

/** What a drill-down can list: the rows behind one of these measures (as the database's drill-down names them). */
export const DRILL_MEASURES = ["scheduled", "paid", "committed", "in_force", "budgets", "requests", "cessations", "disagreements", "reviews", "exceptions"] as const;
export type DrillMeasure = (typeof DRILL_MEASURES)[number];

/**
 * What a click on one figure opens: its measure, and how the figure's cell narrows the dashboard's
 * filters (a month, a stream, an outcome…). Data, not a function, so a server can hand it to a page.
 */
export type DrillTarget = {
  measure: DrillMeasure;
  month?: string;
  stream?: string;
  arrangement?: string;
  policyVersionId?: string;
  outcome?: string;
  reasonCode?: string;
  recipient?: string;
  hasEhcp?: boolean;
};

export type ChartSpec = {
  kind: "bar" | "stacked";
  /** The table column whose text names each bar's category. */
  categoryKey: string;
  series: { key: string; label: string }[];
  valueKind: "pence" | "count" | "number" | "percent";
};

/** A table of a dashboard: an export table (so CSV and XLSX write the same numbers) with what each figure opens. */
export type DashboardTable = ExportTable & {
  /** Per row (same order as rows), per column key: the rows behind that figure. */
  drills?: (Partial<Record<string, DrillTarget>> | undefined)[];
  totalDrills?: Partial<Record<string, DrillTarget>>;
};

export type DashboardSection = { id: string; title: string; chart: ChartSpec | null; table: DashboardTable };

export type Headline = { label: string; value: number | null; kind: "pence" | "count" | "number" | "percent" };

export type DashboardView = {
  dashboard: "spend" | "uptake" | "cessations" | "policy_review";
  period: ResolvedDashboardPeriod;
  headlines: Headline[];
  sections: DashboardSection[];
  /**
   * The relations a reader sees between the view's tables (a total repeated in another table, a
   * breakdown of another table's total), declared where the tables are built, so that disclosure
   * control over the whole view knows them. Each table's own totals, row sums and subtotals are on it.
   */
  sums: CellSum[];
};

/** A dashboard's table as a file holds it: the figures, without what each one opens. */
export function toExportTable(table: DashboardTable): ExportTable {
  const { drills: _drills, totalDrills: _totalDrills, ...rest } = table;
  return rest;
}

/** Everything a dashboard publishes at once (each of its tables and how they relate): what its download protects as one. */
export function toDashboardOutput(view: DashboardView): ExportOutput {
  return { tables: view.sections.map((s) => toExportTable(s.table)), sums: view.sums };
}

/** A figure as the dashboards show it: £ with pence, counts with commas, percentages and days to one decimal place. */
export function formatDashboardValue(kind: ExportColumn["kind"] | Headline["kind"], value: ExportCell | undefined): string {
  if (value === undefined || value === null) return "–";
  if (isSuppressed(value)) return SUPPRESSED_TEXT;
  if (typeof value === "string") return kind === "date" || kind === "month" ? formatTextCell(kind, value) : value;
  switch (kind) {
    case "pence":
      return formatPence(value);
    case "count":
      return formatWholeNumber(value);
    case "percent":
      return `${formatOneDecimal(value)}%`;
    case "number":
      return formatOneDecimal(value);
    default:
      return String(value);
  }
}

function formatOneDecimal(n: number): string {
  const whole = Math.trunc(Math.round(Math.abs(n) * 10) / 10);
  const tenth = Math.round(Math.abs(n) * 10) % 10;
  return `${n < 0 && (whole || tenth) ? "-" : ""}${formatWholeNumber(whole)}${tenth ? `.${tenth}` : ""}`;
}

/** part / whole as a percentage to one decimal place; null when there is no whole. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** The change from a year earlier, in the figure's own units and as a percentage of the earlier figure. */
export function changeFrom(current: number, prior: number): { change: number; changePercent: number | null } {
  return { change: current - prior, changePercent: prior === 0 ? null : Math.round(((current - prior) / Math.abs(prior)) * 1000) / 10 };
}

/** Adds `value` to map[key], starting from 0. */
export function addTo(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

export function sumOf(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export type { ExportRow };
