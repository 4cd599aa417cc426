import { financialYearOf, parseIsoDate } from "@pb/calendar";
import type { DrillTarget } from "@pb/reports";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The dashboards' filters as the URL holds them, so a link shows the same view to anyone allowed to see it. */
export const FILTER_KEYS = ["council", "period", "year", "from", "to", "stream", "arrangement", "service", "age", "policy"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();

/** The current financial year, "2026-27": what a dashboard shows until a filter says otherwise. */
export function currentYearLabel(today: string): string {
  return financialYearOf(parseIsoDate(today)).label;
}

export function readFilterValues(params: SearchParams, today: string): FilterValues {
  const out = Object.fromEntries(FILTER_KEYS.map((k) => [k, first(params[k])])) as FilterValues;
  if (!["fy", "ay", "custom"].includes(out.period)) out.period = "fy";
  if (!out.year) out.year = currentYearLabel(today);
  return out;
}

type Period = { kind: "financial_year"; label: string } | { kind: "academic_year"; label: string } | { kind: "custom"; fromMonth: string; toMonth: string };

/** The procedures' input from the URL's values; the procedure validates it and names any bad field. */
export function toFilterInput(v: FilterValues) {
  const period: Period =
    v.period === "custom" ? { kind: "custom", fromMonth: v.from, toMonth: v.to } : { kind: v.period === "ay" ? "academic_year" : "financial_year", label: v.year };
  return { ...(v.council ? { councilId: v.council } : {}), period, ...toFilterPartsInput(v) };
}

/** The filters besides the period (stream, arrangement, service, age band, policy version): the extracts take them too. */
export function toFilterPartsInput(v: Pick<FilterValues, "stream" | "arrangement" | "service" | "age" | "policy">) {
  return {
    ...(v.stream ? { stream: v.stream as "education" } : {}),
    ...(v.arrangement ? { arrangement: v.arrangement as "organised" } : {}),
    ...(v.service ? { service: v.service } : {}),
    ...(v.age ? { ageBand: v.age as "under_5" } : {}),
    ...(v.policy ? { policyVersionId: v.policy } : {}),
  };
}

/** The filters as a query string, without empty values. */
export function filterQuery(v: FilterValues): URLSearchParams {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    if (!v[k]) continue;
    if ((k === "from" || k === "to") && v.period !== "custom") continue;
    if (k === "year" && v.period === "custom") continue;
    q.set(k, v[k]);
  }
  return q;
}

const TARGET_KEYS = ["measure", "month", "stream", "arrangement", "policyVersionId", "outcome", "reasonCode", "recipient", "hasEhcp"] as const;

/** The rows behind one figure: the dashboard's filters, the figure's cell, and the dashboard to go back to. */
export function drillHref(target: DrillTarget, filters: FilterValues, back: string): string {
  const q = filterQuery(filters);
  for (const k of TARGET_KEYS) {
    const value = target[k];
    if (value === undefined) continue;
    q.set(`cell.${k}`, typeof value === "boolean" ? (value ? "yes" : "no") : String(value));
  }
  q.set("back", back);
  return `/dashboards/rows?${q.toString()}`;
}

/** The figure's cell from a rows page's URL. */
export function readDrillTarget(params: SearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of TARGET_KEYS) {
    const value = first(params[`cell.${k}`]);
    if (!value) continue;
    out[k] = k === "hasEhcp" ? value === "yes" : value;
  }
  return out;
}
