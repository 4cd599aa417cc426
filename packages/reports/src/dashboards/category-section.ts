import { addTo, sumOf, type DashboardSection, type DrillTarget } from "./dashboard-view";
import { labelOf } from "./labels";

/**
 * The codes a table lists: every known code in its own order (so a zero still shows), then any code
 * the data holds that the product does not know yet, alphabetically, rather than dropping its count.
 */
export function listCategories(known: readonly string[], seen: Iterable<string>): string[] {
  const extra = [...new Set(seen)].filter((code) => !known.includes(code)).sort();
  return [...known, ...extra];
}

/** Adds each row's count under its code. */
export function countBy<T>(rows: Iterable<T>, code: (row: T) => string, count: (row: T) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) addTo(out, code(r), count(r));
  return out;
}

export type CategoryCountSpec = {
  id: string;
  title: string;
  /** The table's workbook tab (Excel allows 31 characters). */
  sheetName: string;
  category: { key: string; label: string; known: readonly string[]; labels: Readonly<Record<string, string>> };
  measure: { key: string; label: string };
  /** null when there is nothing to count yet: every figure shows –, not 0, and opens no rows. */
  counts: Map<string, number> | null;
  note: string;
  /** What a click on one category's count opens. */
  drillOf: (code: string) => DrillTarget;
  /** What a click on the total opens; no total drill when the total has no single list behind it. */
  totalDrill?: DrillTarget;
};

/** One count per category, as a bar chart and its table with a total row: the shape of several dashboards' sections. */
export function buildCategoryCountSection(spec: CategoryCountSpec): DashboardSection {
  const counts = spec.counts;
  const codes = listCategories(spec.category.known, counts?.keys() ?? []);
  const { key, label } = spec.category;
  const measure = spec.measure.key;
  return {
    id: spec.id,
    title: spec.title,
    chart: { kind: "bar", categoryKey: key, series: [{ key: measure, label: spec.measure.label }], valueKind: "count" },
    table: {
      id: spec.id,
      sheetName: spec.sheetName,
      title: spec.title,
      columns: [{ key, label, kind: "text" }, { key: measure, label: spec.measure.label, kind: "count" }],
      rows: codes.map((code) => ({ [key]: labelOf(spec.category.labels, code), [measure]: counts ? (counts.get(code) ?? 0) : null })),
      totalRow: { [key]: "Total", [measure]: counts ? sumOf(counts.values()) : null },
      note: spec.note,
      drills: codes.map((code) => (counts ? { [measure]: spec.drillOf(code) } : {})),
      ...(spec.totalDrill && counts ? { totalDrills: { [measure]: spec.totalDrill } } : {}),
    },
  };
}
