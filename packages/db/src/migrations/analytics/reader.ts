// The SQL text behind the analytics rollups (migration 0005). Frozen with that migration: a later
// change to a rollup's definition is a new migration that re-creates its functions.

export type Column = { name: string; type: string };

/** The key every rollup stores for "before the council's first published policy". */
export const NO_POLICY = "00000000-0000-0000-0000-000000000000";

/**
 * How a contribution query reads the tables: as they are now, or (for the table whose statement
 * fired the trigger) as they were before it. `rows` gives a FROM item `(select …) alias` of the rows
 * of `table` that match `where`; `where` may refer to earlier aliases (the item is used LATERAL).
 */
export type Reader = {
  rows(table: string, alias: string, where: string): string;
  /** The FROM item of the rollup's anchor rows, aliased `a`. */
  anchors: string;
};

export type RollupSource = {
  /** The columns whose change alters the rollup: an update that changes none of them is skipped. */
  columns: readonly string[];
  /** SQL selecting (council_id, id) of the anchor rows touched by the rows of relation `rel`. */
  anchors: (rel: string) => string;
};

export type RollupDefinition = {
  table: string;
  anchor: string;
  keys: readonly Column[];
  measures: readonly Column[];
  /** One row per contribution: the key columns, the measures, then the anchor's id; not grouped. */
  select: (read: Reader) => string;
  /** A condition on the anchor (alias a) that every anchor contributing to months {{from}}–{{to}} meets: for drill-downs. */
  window: string;
  sources: Readonly<Record<string, RollupSource>>;
};

function readNowRows(table: string, alias: string, where: string): string {
  return `(select * from ${table} ${alias} where ${where}) ${alias}`;
}

/** Every table as it is now; the anchors are those matching `anchorWhere` (on alias a). */
export function readNow(anchor: string, anchorWhere: string): Reader {
  return { rows: readNowRows, anchors: readNowRows(anchor, "a", anchorWhere) };
}

/**
 * Inside a trigger: `changed` is the table the statement changed, with the CTEs rx_old (its changed
 * rows before) and rx_changed (their keys). Reading it "before" puts the old rows back in place of
 * the changed ones; the anchors come from the CTE rx_anchors.
 */
export function readAround(anchor: string, changed: string, before: boolean): Reader {
  const rows = (table: string, alias: string, where: string): string => {
    if (!before || table !== changed) return readNowRows(table, alias, where);
    return `(select * from rx_old ${alias} where ${where}
      union all select * from ${table} ${alias} where ${where}
        and not exists (select 1 from rx_changed rx_k where rx_k.council_id = ${alias}.council_id and rx_k.id = ${alias}.id)) ${alias}`;
  };
  return { rows, anchors: `rx_anchors rx_a cross join lateral ${rows(anchor, "a", "a.council_id = rx_a.council_id and a.id = rx_a.id")}` };
}

/** Sorted distinct "stream|arrangement|service" of budget or request lines: how filters find a budget's lines. */
export function signatureOf(alias: string): string {
  const item = `${alias}.stream || '|' || ${alias}.arrangement || '|' || ${alias}.service`;
  return `array_agg(distinct ${item} order by ${item})`;
}

/**
 * The policy in force over time for the councils selected by `councils`: one row per interval
 * [from_on, until_on), the first (before any published version) keyed NO_POLICY. Ties on a date go
 * to the highest version number, as getPolicyInForce decides.
 */
export function policyIntervals(councils: string): string {
  return `select v.council_id, v.id as policy_version_id, v.effective_from as from_on,
      coalesce(lead(v.effective_from) over (partition by v.council_id order by v.effective_from), 'infinity'::date) as until_on
    from (select distinct on (p.council_id, p.effective_from) p.council_id, p.id, p.effective_from from policy_version p
          where p.status = 'published' and p.council_id in (${councils})
          order by p.council_id, p.effective_from, p.version_number desc) v
    union all
    select c.id, '${NO_POLICY}'::uuid, '-infinity'::date,
      coalesce((select min(p.effective_from) from policy_version p where p.council_id = c.id and p.status = 'published'), 'infinity'::date)
    from council c where c.id in (${councils})`;
}

/** The policy interval (CTE rx_pi) holding `date` for the council of `alias`, joined after what `date` needs. */
export function policyAt(alias: string, date: string, as = "pv"): string {
  return `cross join lateral (select rx_p.policy_version_id from rx_pi rx_p
    where rx_p.council_id = ${alias}.council_id and ${date} >= rx_p.from_on and ${date} < rx_p.until_on limit 1) ${as}`;
}

/**
 * The same rollup without some of its keys (each cell the sum of the cells that differ only in them),
 * kept by the same triggers: a dashboard that does not narrow by those keys reads a few hundred rows
 * instead of tens of thousands.
 */
export function withoutKeys(rollup: RollupDefinition, table: string, dropped: readonly string[]): RollupDefinition {
  const keys = rollup.keys.filter((k) => !dropped.includes(k.name));
  if (keys.length !== rollup.keys.length - dropped.length) throw new Error(`${rollup.table} has no key among ${dropped.join(", ")}`);
  const all = [...rollup.keys, ...rollup.measures].map((c) => c.name);
  const kept = [...keys, ...rollup.measures].map((c) => `rx_w.${c.name}`);
  return { ...rollup, table, keys, select: (read) => `select ${kept.join(", ")}, rx_w.rx_anchor from (${rollup.select(read)}) rx_w (${all.join(", ")}, rx_anchor)` };
}
