import { policyIntervals, readAround, readNow, type RollupDefinition } from "./reader";
import { COMMITMENT_ROLLUP, COMMITMENT_STREAM_ROLLUP, SPEND_ROLLUP, SPEND_STREAM_ROLLUP, SPEND_STREAM_ROLLUP_0007 } from "./rollups-money";
import { BUDGET_CENSUS_ROLLUP, BUDGET_TOTAL_ROLLUP, EHCP_ISSUED_ROLLUP, EHCP_ROLLUP } from "./rollups-budgets";
import {
  CESSATION_REASON_ROLLUP,
  CESSATION_ROLLUP,
  CESSATION_STREAM_ROLLUP,
  DISAGREEMENT_ROLLUP,
  DISAGREEMENT_ROLLUP_0017,
  DISAGREEMENT_STREAM_ROLLUP,
  DISAGREEMENT_STREAM_ROLLUP_0017,
  EXCEPTION_ROLLUP,
  REQUEST_ROLLUP,
  REVIEW_ROLLUP,
} from "./rollups-cases";

/** The rollups migration 0005 created. */
export const ROLLUPS_0005: readonly RollupDefinition[] = [
  SPEND_ROLLUP, COMMITMENT_ROLLUP, BUDGET_CENSUS_ROLLUP, EHCP_ROLLUP, REQUEST_ROLLUP, CESSATION_ROLLUP, DISAGREEMENT_ROLLUP, REVIEW_ROLLUP,
];

/** The narrower copies migration 0007 added, each with the rollup it sums. */
export const NARROW_ROLLUPS_0007: readonly { rollup: RollupDefinition; of: RollupDefinition }[] = [
  { rollup: BUDGET_TOTAL_ROLLUP, of: BUDGET_CENSUS_ROLLUP },
  { rollup: EHCP_ISSUED_ROLLUP, of: EHCP_ROLLUP },
  { rollup: SPEND_STREAM_ROLLUP_0007, of: SPEND_ROLLUP },
  { rollup: COMMITMENT_STREAM_ROLLUP, of: COMMITMENT_ROLLUP },
];

/** The rollups kept after migration 0007 (its functions and triggers keep these, frozen with it). */
export const ROLLUPS_0007: readonly RollupDefinition[] = [...ROLLUPS_0005, ...NARROW_ROLLUPS_0007.map((n) => n.rollup)];

/**
 * The narrower rollups migration 0009 added, each with the rollup it narrows. The stream rollup is
 * not a plain sum of its rollup's cells (a budget counts once in each of its streams), so 0009 fills
 * them all from the raw rows.
 */
export const NARROW_ROLLUPS_0009: readonly { rollup: RollupDefinition; of: RollupDefinition }[] = [
  { rollup: CESSATION_REASON_ROLLUP, of: CESSATION_ROLLUP },
  { rollup: CESSATION_STREAM_ROLLUP, of: CESSATION_ROLLUP },
  { rollup: DISAGREEMENT_STREAM_ROLLUP, of: DISAGREEMENT_ROLLUP },
];

/** The rollups kept after migration 0009, frozen with it. */
export const ROLLUPS_0009: readonly RollupDefinition[] = [...ROLLUPS_0007, ...NARROW_ROLLUPS_0009.map((n) => n.rollup)];

/** Migration 0010 redefines spend by stream from the payments alone: the same table and cells. */
const REDEFINED_0010 = new Map<RollupDefinition, RollupDefinition>([[SPEND_STREAM_ROLLUP_0007, SPEND_STREAM_ROLLUP]]);
const at0010 = (r: RollupDefinition) => REDEFINED_0010.get(r) ?? r;

/** Migration 0017 counts a settled review with no deadline as within it (never late): the same tables and cells' keys. */
const REDEFINED_0017 = new Map<RollupDefinition, RollupDefinition>([
  [DISAGREEMENT_ROLLUP, DISAGREEMENT_ROLLUP_0017],
  [DISAGREEMENT_STREAM_ROLLUP, DISAGREEMENT_STREAM_ROLLUP_0017],
]);
const current = (r: RollupDefinition) => REDEFINED_0017.get(at0010(r)) ?? at0010(r);

/** The rollups kept after migration 0010, frozen with it. */
export const ROLLUPS_0010: readonly RollupDefinition[] = ROLLUPS_0009.map(at0010);

/** The definitions 0010 replaced and replaced them with: the tables whose triggers it re-creates read one or the other. */
export const REDEFINED_ROLLUPS_0010: readonly RollupDefinition[] = [...REDEFINED_0010].flat();

/** Every narrower rollup with the one it narrows, as defined today: what a query may read instead when the filter allows. */
export const NARROW_ROLLUPS: readonly { rollup: RollupDefinition; of: RollupDefinition }[] = [...NARROW_ROLLUPS_0007, ...NARROW_ROLLUPS_0009].map((n) => ({
  rollup: current(n.rollup),
  of: n.of,
}));

/** Migration 0012 adds the rules a panel set aside (issue 17). */
export const ROLLUPS_0012: readonly RollupDefinition[] = [...ROLLUPS_0010, EXCEPTION_ROLLUP];
export { EXCEPTION_ROLLUP };

/** The rollups kept after migration 0017, and the definitions it replaced and replaced them with. */
export const ROLLUPS_0017: readonly RollupDefinition[] = ROLLUPS_0012.map(current);
export const REDEFINED_ROLLUPS_0017: readonly RollupDefinition[] = [...REDEFINED_0017].flat();
export { DISAGREEMENT_ROLLUP_0017, DISAGREEMENT_STREAM_ROLLUP_0017 };

/** Every rollup kept today. */
export const ROLLUPS: readonly RollupDefinition[] = ROLLUPS_0017;

export type TriggerOp = "insert" | "update" | "delete";
export const TRIGGER_OPS: readonly TriggerOp[] = ["insert", "update", "delete"];

/** Every table the rollups read, each with the rollups that read it. */
export function listSourceTables(rollups: readonly RollupDefinition[]): Map<string, RollupDefinition[]> {
  const out = new Map<string, RollupDefinition[]>();
  for (const rollup of rollups) for (const table of Object.keys(rollup.sources)) out.set(table, [...(out.get(table) ?? []), rollup]);
  return out;
}

const names = (rollup: RollupDefinition) => [...rollup.keys, ...rollup.measures].map((c) => c.name).join(", ");
/** The columns of a contribution query: the rollup's, then the anchor id it came from. */
export const contributionColumns = (rollup: RollupDefinition) => `${names(rollup)}, rx_anchor`;
const keyNames = (rollup: RollupDefinition) => rollup.keys.map((c) => c.name).join(", ");

export function createTableSql(rollup: RollupDefinition): string {
  const columns = [
    ...rollup.keys.map((c) => `${c.name} ${c.type} not null`),
    ...rollup.measures.map((c) => `${c.name} ${c.type} not null default 0`),
  ];
  return `create table ${rollup.table} (${columns.join(", ")}, primary key (${keyNames(rollup)}))`;
}

/** Sums one statement's contributions per cell, as the column types of the rollup. */
function sumMeasures(rollup: RollupDefinition): string {
  return rollup.measures.map((m) => `sum(${m.name})::${m.type} as ${m.name}`).join(", ");
}

/** The rows of `table` this statement changed (for an update, in the columns `columns` only). */
function changedRows(table: string, op: TriggerOp, columns: readonly string[]): { changed: string; before: string; after: string } {
  const none = `select * from ${table} where false`;
  if (op === "insert") return { changed: "select council_id, id from new_rows", before: none, after: "select * from new_rows" };
  if (op === "delete") return { changed: "select council_id, id from old_rows", before: "select * from old_rows", after: none };
  const differs = `(${columns.map((c) => `o.${c}`).join(", ")}) is distinct from (${columns.map((c) => `n.${c}`).join(", ")})`;
  const keyed = (alias: string) => `join rx_changed k on k.council_id = ${alias}.council_id and k.id = ${alias}.id`;
  return {
    changed: `select n.council_id, n.id from new_rows n join old_rows o on o.council_id = n.council_id and o.id = n.id where ${differs}`,
    before: `select o.* from old_rows o ${keyed("o")}`,
    after: `select n.* from new_rows n ${keyed("n")}`,
  };
}

/**
 * One statement of a trigger: what the changed rows contributed to the rollup before the statement
 * is taken away and what they contribute now is added, cell by cell, in key order (so concurrent
 * writers lock cells in the same order). Cells that come to zero stay as zero rows.
 */
export function deltaSql(rollup: RollupDefinition, table: string, op: TriggerOp): string {
  const source = rollup.sources[table];
  if (!source) throw new Error(`${rollup.table} does not read ${table}`);
  const rows = changedRows(table, op, source.columns);
  const measures = rollup.measures.map((m) => m.name);
  return `with rx_changed as materialized (${rows.changed}),
    rx_old as materialized (${rows.before}),
    rx_new as materialized (${rows.after}),
    rx_anchors (council_id, id) as materialized (${source.anchors("rx_old")} union ${source.anchors("rx_new")}),
    rx_pi as materialized (${policyIntervals("select council_id from rx_anchors")})
  insert into ${rollup.table} (${names(rollup)})
  select ${keyNames(rollup)}, ${sumMeasures(rollup)} from (
    select ${names(rollup)} from (${rollup.select(readAround(rollup.anchor, table, false))}) rx_now (${contributionColumns(rollup)})
    union all
    select ${keyNames(rollup)}, ${measures.map((m) => `-${m}`).join(", ")}
    from (${rollup.select(readAround(rollup.anchor, table, true))}) rx_before (${contributionColumns(rollup)})
  ) rx_d
  group by ${keyNames(rollup)}
  having ${measures.map((m) => `sum(${m}) <> 0`).join(" or ")}
  order by ${keyNames(rollup)}
  on conflict (${keyNames(rollup)}) do update set ${measures.map((m) => `${m} = ${rollup.table}.${m} + excluded.${m}`).join(", ")}`;
}

const contributionsNow = (rollup: RollupDefinition) =>
  `select ${keyNames(rollup)}, ${sumMeasures(rollup)}
   from (${rollup.select(readNow(rollup.anchor, "a.council_id = p_council"))}) rx_d (${contributionColumns(rollup)})
   group by ${keyNames(rollup)}`;

/**
 * Recomputes one council's rows of a rollup from the raw rows (inside analytics_rebuild), written in
 * key order so that a dashboard's months sit on a few neighbouring pages, not one page per row.
 */
export function rebuildSql(rollup: RollupDefinition): string {
  return `delete from ${rollup.table} where council_id = p_council;
  with rx_pi as materialized (${policyIntervals("select p_council")})
  insert into ${rollup.table} (${names(rollup)}) ${contributionsNow(rollup)} order by ${keyNames(rollup)};`;
}

/** Cells where the rollup and a fresh GROUP BY over the raw rows disagree (inside analytics_compare). */
export function compareSql(rollup: RollupDefinition): string {
  const key = (k: string) => `coalesce(rx_e.${k}, rx_r.${k})`;
  const keys = rollup.keys.filter((k) => k.name !== "council_id");
  const cell = `jsonb_build_object(${keys.map((k) => `'${k.name}', ${key(k.name)}`).join(", ")})`;
  const values = (alias: string) => `jsonb_build_object(${rollup.measures.map((m) => `'${m.name}', coalesce(${alias}.${m.name}, 0)`).join(", ")})`;
  return `return query with rx_pi as materialized (${policyIntervals("select p_council")}),
    rx_e as (${contributionsNow(rollup)}),
    rx_r as (select * from ${rollup.table} where council_id = p_council)
  select '${rollup.table}'::text, ${cell}, ${values("rx_e")}, ${values("rx_r")}
  from rx_e full join rx_r on ${rollup.keys.map((k) => `rx_e.${k.name} = rx_r.${k.name}`).join(" and ")}
  where ${rollup.measures.map((m) => `coalesce(rx_e.${m.name}, 0) <> coalesce(rx_r.${m.name}, 0)`).join(" or ")};`;
}

const SKIP = `if current_setting('pb.skip_rollups', true) = 'on' then return null; end if;`;

/** `create` for a new function, `create or replace` for a later migration that re-creates it. */
export type FunctionVerb = "create" | "create or replace";

// JIT compiling these plans costs more than running them; a rebuild's GROUP BY wants to hash, not sort.
export function triggerFunctionSql(table: string, op: TriggerOp, body: string, verb: FunctionVerb = "create"): string {
  return `${verb} function analytics_on_${table}_${op}() returns trigger language plpgsql set jit = off as $fn$
  begin
    ${SKIP}
    ${body}
    return null;
  end $fn$`;
}

/** The trigger function of a source table: one delta statement per rollup that reads it. */
export function sourceTriggerFunctionSql(table: string, op: TriggerOp, rollups: readonly RollupDefinition[], verb: FunctionVerb = "create"): string {
  return triggerFunctionSql(table, op, rollups.map((r) => `${deltaSql(r, table, op)};`).join("\n"), verb);
}

/** analytics_rebuild(council): every rollup of one council recomputed from its rows. */
export function rebuildFunctionSql(rollups: readonly RollupDefinition[], verb: FunctionVerb = "create"): string {
  return `${verb} function analytics_rebuild(p_council uuid) returns void language plpgsql set jit = off set work_mem = '256MB' as $fn$
  begin
    ${rollups.map(rebuildSql).join("\n")}
  end $fn$`;
}

/** analytics_compare(council): every cell of every rollup that disagrees with the raw rows. */
export function compareFunctionSql(rollups: readonly RollupDefinition[], verb: FunctionVerb = "create"): string {
  return `${verb} function analytics_compare(p_council uuid)
    returns table (rollup_name text, cell_key jsonb, expected_values jsonb, actual_values jsonb) language plpgsql set jit = off set work_mem = '256MB' as $fn$
  begin
    ${rollups.map(compareSql).join("\n")}
  end $fn$`;
}

/** Fills a new rollup from the raw rows of every council (for a migration that adds one). */
export function fillFromRowsSql(rollup: RollupDefinition): string {
  return `with rx_pi as materialized (${policyIntervals("select id from council")})
  insert into ${rollup.table} (${names(rollup)})
  select ${keyNames(rollup)}, ${sumMeasures(rollup)}
  from (${rollup.select(readNow(rollup.anchor, "true"))}) rx_d (${contributionColumns(rollup)})
  group by ${keyNames(rollup)} having ${rollup.measures.map((m) => `sum(${m.name}) <> 0`).join(" or ")} order by ${keyNames(rollup)}`;
}

/** Fills a narrower copy of a rollup from the rollup itself, cell by cell (for a migration that adds one). */
export function fillFromSql(narrow: RollupDefinition, of: RollupDefinition): string {
  return `insert into ${narrow.table} (${names(narrow)})
    select ${keyNames(narrow)}, ${sumMeasures(narrow)} from ${of.table}
    group by ${keyNames(narrow)} having ${narrow.measures.map((m) => `sum(${m.name}) <> 0`).join(" or ")} order by ${keyNames(narrow)}`;
}
