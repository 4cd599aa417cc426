import { formatCategoryCell } from "./display";
import { isSuppressed, type CellSum, type ExportTable } from "./export-table";
import type { ExportAbout } from "./about";

/** A bar chart drawn from a table's own cells, so the picture and the table cannot disagree. */
export type PackChart = {
  title: string;
  unit: "pence" | "count";
  categories: string[];
  series: { key: string; label: string; values: (number | null)[] }[];
};

export type PackSection = { id: string; title: string; intro: string; charts: PackChart[]; tables: ExportTable[] };

/**
 * A setting that differs between two versions, in words: `setting` ("Time limits › Asking for a review
 * of a decision › number"), and each version's value ("15", "not set"). `path` is a key for lists, never shown.
 */
export type PolicyChange = { path: string; change: "added" | "removed" | "changed"; setting: string; before: string; after: string };
export type PolicyChangeSet = { fromVersion: number; toVersion: number; effectiveFrom: string; changes: PolicyChange[] };

export type ReviewPack = {
  about: ExportAbout;
  sections: PackSection[];
  policyChanges: PolicyChangeSet[];
  /** How many rows of each kind the figures were made from; null: fewer than the suppression threshold. */
  dataRows: { label: string; count: number | null }[];
  /** The relations between the pack's tables (beyond each table's own totals) that disclosure control protected against. */
  sums?: CellSum[];
};

/** A chart of some columns of a table, one bar group per row (the totals row left out); a suppressed cell draws no bar. */
export function buildChartFromTable(table: ExportTable, options: { title: string; categoryKey: string; seriesKeys: string[] }): PackChart {
  const unit = table.columns.find((c) => c.key === options.seriesKeys[0])?.kind === "pence" ? "pence" : "count";
  return {
    title: options.title,
    unit,
    categories: table.rows.map((r) => formatCategoryCell(table.columns, options.categoryKey, r)),
    series: options.seriesKeys.map((key) => ({
      key,
      label: table.columns.find((c) => c.key === key)?.label ?? key,
      values: table.rows.map((r) => {
        const cell = r[key];
        return isSuppressed(cell) || typeof cell !== "number" ? null : cell;
      }),
    })),
  };
}

/** The largest stacked bar of a chart: what a printed bar's length is measured against. */
export function findChartMaximum(chart: PackChart): number {
  const stacks = chart.categories.map((_, i) => chart.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0));
  return Math.max(0, ...stacks);
}

/** A bar's length as a share of the chart's width, to a tenth of a per cent. */
export function scaleBar(value: number | null, maximum: number): number {
  if (value === null || maximum <= 0 || value <= 0) return 0;
  return Math.round((value / maximum) * 1000) / 10;
}

/**
 * One change between policy versions in a sentence, from the words the policy comparison page shows
 * (the setting and each version's value, described by the policy's own describer): no keys, no JSON.
 */
export function describePolicyChange(change: PolicyChange): string {
  if (change.change === "added") return `${change.setting}: added (${change.after})`;
  if (change.change === "removed") return `${change.setting}: removed (was ${change.before})`;
  return `${change.setting}: changed from ${change.before} to ${change.after}`;
}
