import { sql, type RawBuilder } from "kysely";
import { amountBoundsOf, GENERALISATION_LADDER, type Rung } from "@pb/reports";
import type { ExtractFilter, SourcedColumn } from "./extract-definitions";

/** A coarsened extract's source row: the columns' fields, and the rung of GENERALISATION_LADDER it reached. */
export type GeneralisedRow = { key: string; rung: number } & Record<string, unknown>;
export type GeneralisedCounts = { exact: number; further: number; withheld: number };

type Source = { columns: readonly SourcedColumn[]; coarseSource: (filter: ExtractFilter) => RawBuilder<unknown> };

/**
 * What a column's value is grouped by at a rung, in SQL: equal keys exactly when the file shows equal
 * values (generaliseDate, generaliseAmount, describeAnyCode in @pb/reports). Financial quarters are
 * calendar quarters; a financial year is the calendar year three months on. "Any" keeps whether the
 * value is empty, as the file does.
 */
function groupKey(column: SourcedColumn, rung: Rung): RawBuilder<unknown> {
  const value = sql.ref(column.from);
  const by = column.generalise?.by;
  if (by === "period") {
    if (rung.period === "month") return sql`date_trunc('month', ${value})`;
    if (rung.period === "quarter") return sql`date_trunc('quarter', ${value})`;
    return sql`date_trunc('year', ${value} - interval '3 months')`;
  }
  if (by === "amount") {
    const bounds = amountBoundsOf(rung.amount);
    return bounds.length === 0 ? sql`(${value} is null)` : sql`width_bucket(${value}::bigint, array[${sql.join(bounds.map((b) => sql.lit(b)))}]::bigint[])`;
  }
  if (by !== undefined && rung[by] === "any") return sql`(${value} is null)`;
  return value;
}

/**
 * The rows of a coarsened extract with the rung each reached: in stages, one per rung, each row not
 * yet placed is grouped with the other unplaced rows whose values are equal at that rung, and placed
 * there if its group holds at least k different children. So every group the file shows (rows with
 * equal values, all placed at one rung) holds k children or more, even for a reader who subtracts the
 * groups of other rungs. Window functions only: the query is read by a cursor like any other.
 */
function placeRows(source: Source, filter: ExtractFilter, k: number): RawBuilder<unknown> {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`a group needs at least 2 children, not ${k}`);
  const shown = source.columns.filter((c) => !c.pseudonym);
  const fields = sql.join([sql.ref("key"), sql.ref("child_id"), ...shown.map((c) => sql.ref(c.from))]);
  let stages = sql`s0 as (select ${fields}, null::int as rung from (${source.coarseSource(filter)}) src)`;
  GENERALISATION_LADDER.forEach((rung, i) => {
    const keys = sql.join(shown.map((c) => groupKey(c, rung)));
    const group = sql`rung is not null, ${keys}`;
    stages = sql`${stages},
      n${sql.raw(String(i))} as (select ${fields}, rung, row_number() over (partition by ${group}, child_id) as nth from s${sql.raw(String(i))}),
      s${sql.raw(String(i + 1))} as (select ${fields}, coalesce(rung, case when count(*) filter (where nth = 1) over (partition by ${group}) >= ${sql.lit(k)} then ${sql.lit(i)} end) as rung
        from n${sql.raw(String(i))})`;
  });
  return sql`with ${stages} select * from s${sql.raw(String(GENERALISATION_LADDER.length))}`;
}

/** The placed rows (without the child's id), all of them for a cursor, or the page after a key. */
export function selectGeneralised(source: Source, filter: ExtractFilter, k: number, after: string | null, limit: number | null): RawBuilder<GeneralisedRow> {
  const shown = source.columns.filter((c) => !c.pseudonym);
  const fields = sql.join([sql.ref("key"), ...shown.map((c) => sql.ref(c.from)), sql.ref("rung")]);
  const page = limit === null ? sql`` : sql`${after ? sql`and key::uuid > ${after}::uuid` : sql``} order by key::uuid limit ${sql.lit(limit)}`;
  return sql<GeneralisedRow>`select ${fields} from (${placeRows(source, filter, k)}) placed where rung is not null ${page}`;
}

/** How many rows kept the first rung, were generalised further, or were withheld. */
export function countGeneralised(source: Source, filter: ExtractFilter, k: number): RawBuilder<GeneralisedCounts> {
  return sql<GeneralisedCounts>`select count(*) filter (where rung = 0)::int as exact, count(*) filter (where rung > 0)::int as further,
    count(*) filter (where rung is null)::int as withheld from (${placeRows(source, filter, k)}) placed`;
}
