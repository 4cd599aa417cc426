import { sql, type Kysely, type RawBuilder, type Transaction } from "kysely";
import type { DB } from "../../schema";
import { NARROW_ROLLUPS } from "../../migrations/analytics/rollup-sql";

export type AnalyticsDb = Kysely<DB> | Transaction<DB>;

/** The rollups' key for "before the council's first published policy version". */
export const NO_POLICY_VERSION = "00000000-0000-0000-0000-000000000000";

/** What every dashboard query narrows by; months are first days ("2025-04-01"), both ends included. */
export type AnalyticsFilter = {
  councilId: string;
  fromMonth: string;
  toMonth: string;
  stream?: string;
  arrangement?: string;
  service?: string;
  ageBand?: string;
  /** A published version's id, or NO_POLICY_VERSION. */
  policyVersionId?: string;
};

/** How a rollup records what a row was for: columns of its own, a signature of lines, or neither. */
export type LineShape = "columns" | "signature" | "none";

/**
 * SQL text with {{name}} markers bound as parameters: lets generated SQL (the rollups' own
 * contribution queries) take values without ever splicing them into the text.
 */
export function bindSql<T>(text: string, values: Readonly<Record<string, unknown>>): RawBuilder<T> {
  const parts = text.split(/\{\{(\w+)\}\}/);
  const pieces: RawBuilder<unknown>[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) pieces.push(sql.raw(part));
    else if (part in values) pieces.push(sql`${values[part]}`);
    else throw new Error(`no value for {{${part}}}`);
  });
  return sql<T>`${sql.join(pieces, sql``)}`;
}

/** The filter's values, named as the {{markers}} of filterConditions expect them. */
export function filterValues(f: AnalyticsFilter): Record<string, unknown> {
  return {
    council: f.councilId, fromMonth: f.fromMonth, toMonth: f.toMonth, stream: f.stream ?? null, arrangement: f.arrangement ?? null,
    service: f.service ?? null, ageBand: f.ageBand ?? null, policyVersionId: f.policyVersionId ?? null,
  };
}

/** Conditions (SQL text with markers) on a rollup row, or a contribution row aliased `alias`. */
export function filterConditions(f: AnalyticsFilter, lines: LineShape, alias = ""): string[] {
  const col = (name: string) => (alias ? `${alias}.${name}` : name);
  const out = [`${col("month")} between {{fromMonth}}::date and {{toMonth}}::date`];
  if (f.ageBand) out.push(`${col("age_band")} = {{ageBand}}`);
  if (f.policyVersionId) out.push(`${col("policy_version_id")} = {{policyVersionId}}::uuid`);
  if (lines === "columns") for (const [name] of askedLineParts(f)) out.push(`${col(name)} = {{${name}}}`);
  // A budget or request matches when one of its lines matches every part asked for.
  const tests = signatureItemTests(f, "rx_s");
  if (lines === "signature" && tests) out.push(`exists (select 1 from unnest(${col("signature")}) rx_s where ${tests})`);
  return out;
}

function askedLineParts(f: AnalyticsFilter) {
  const parts = [["stream", f.stream, 1], ["arrangement", f.arrangement, 2], ["service", f.service, 3]] as const;
  return parts.filter(([, value]) => value !== undefined);
}

/**
 * Whether one signature item ("stream|arrangement|service", named `item`) matches the filter's line
 * parts, as SQL text with markers; null when the filter asks nothing of lines.
 */
export function signatureItemTests(f: AnalyticsFilter, item: string): string | null {
  const asked = askedLineParts(f);
  if (!asked.length) return null;
  return asked.map(([name, , position]) => `split_part(${item}, '|', ${position}) = {{${name}}}`).join(" and ");
}

/** Rows of one council's rollup that pass the filter, as a WHERE clause. */
export function whereRollup(f: AnalyticsFilter, lines: LineShape): RawBuilder<unknown> {
  return bindSql(["council_id = {{council}}::uuid", ...filterConditions(f, lines)].join(" and "), filterValues(f));
}

/**
 * "2025-04-01" → "2025-04", for the select list only: queries group and sort by the rollup's month
 * (aliased r.month), a date, because grouping by this text sorts it by the locale's collation and
 * leaves the planner guessing, which made each query several times slower.
 */
export const monthColumn = sql.raw("to_char(month, 'YYYY-MM')");

/** The filter's parts that a narrower rollup may have dropped, by the key they read. */
const FILTER_KEYS: Readonly<Record<string, readonly (keyof AnalyticsFilter)[]>> = {
  signature: ["stream", "arrangement", "service"], stream: ["stream"], arrangement: ["arrangement"], service: ["service"], age_band: ["ageBand"],
};

/**
 * The narrow rollup (migrations 0007 and 0009) when the filter asks nothing of the keys it dropped, else the full
 * one: the choice follows from the two definitions, not from a list restated at each query.
 */
export function pickRollup(f: AnalyticsFilter, full: string, narrow: string): { table: RawBuilder<unknown>; narrow: boolean } {
  const pair = NARROW_ROLLUPS.find((n) => n.rollup.table === narrow && n.of.table === full);
  if (!pair) throw new Error(`${narrow} is not a narrower copy of ${full}`);
  const kept = new Set(pair.rollup.keys.map((k) => k.name));
  const dropped = pair.of.keys.filter((k) => !kept.has(k.name)).map((k) => k.name);
  const useFull = dropped.some((key) => (FILTER_KEYS[key] ?? []).some((part) => f[part] !== undefined));
  return { table: sql.table(useFull ? full : narrow), narrow: !useFull };
}
