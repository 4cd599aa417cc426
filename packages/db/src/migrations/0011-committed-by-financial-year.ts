import { sql, type Kysely } from "kysely";
import { fillFromRowsSql, fillFromSql, NARROW_ROLLUPS, ROLLUPS_0010 } from "./analytics/rollup-sql";

// Committed spend accrues each financial year at that year's own length, as a line's schedule is
// worked out (computePeriodTotalPence): 0005's share divided by the year from the line's start, so a
// line across a 29 February in another financial year, or longer than a year, was committed a few
// pounds away from what it schedules (£12,000 a year from 1 October 2027: £12,016.44 scheduled,
// £12,000.00 committed). The commitment rollups are refilled from the rows with the new share.

const run = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);

// A day's position in financial years, in 365 × 366ths of a year (each year's days divide it): the
// year times 365 × 366, plus the days into it times 365 or 366. A share is the difference of two
// positions, one exact fraction, rounded once, half a penny up. Plain expressions, so the planner
// inlines them (date_part, not extract, whose numeric result made a share four times slower).
const BY_FINANCIAL_YEAR = [
  `create function analytics_fy(d date) returns integer language sql immutable parallel safe as $$
    select date_part('year', d)::int - (date_part('month', d) < 4)::int $$`,
  `create function analytics_fy_position_in(d date, y integer) returns bigint language sql immutable parallel safe as $$
    select y::bigint * 133590 + (d - make_date(y, 4, 1))::bigint
      * (case when (y + 1) % 4 = 0 and ((y + 1) % 100 <> 0 or (y + 1) % 400 = 0) then 365 else 366 end) $$`,
  `create function analytics_fy_position(d date) returns bigint language sql immutable parallel safe as $$
    select analytics_fy_position_in(d, analytics_fy(d)) $$`,
  `create or replace function analytics_share(annual bigint, s_on date, through date) returns bigint language sql immutable parallel safe as $$
    select (2 * annual * (analytics_fy_position(through + 1) - analytics_fy_position(s_on)) + 133590) / 267180 $$`,
];

// 0005's, for down.
const BY_YEAR_FROM_START = `create or replace function analytics_share(annual bigint, s_on date, through date) returns bigint language sql immutable parallel safe as $$
    select (annual * (through - s_on + 1)::bigint * 2 + ((s_on + interval '1 year')::date - s_on))
         / (2 * ((s_on + interval '1 year')::date - s_on))::bigint $$`;

async function refillCommitment(db: Kysely<any>): Promise<void> {
  const commitment = ROLLUPS_0010.find((r) => r.table === "analytics_commitment_month");
  if (!commitment) throw new Error("no commitment rollup");
  // Truncate, not delete: a national refill would leave millions of dead rows for the dashboards to step over.
  await run(db, `truncate ${commitment.table}`);
  await run(db, fillFromRowsSql(commitment));
  await run(db, `analyze ${commitment.table}`);
  for (const narrow of NARROW_ROLLUPS.filter((n) => n.of.table === commitment.table)) {
    await run(db, `truncate ${narrow.rollup.table}`);
    await run(db, fillFromSql(narrow.rollup, narrow.of));
    await run(db, `analyze ${narrow.rollup.table}`);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of BY_FINANCIAL_YEAR) await run(db, statement);
  await refillCommitment(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await run(db, BY_YEAR_FROM_START);
  await run(db, "drop function analytics_fy_position(date)");
  await run(db, "drop function analytics_fy_position_in(date, integer)");
  await run(db, "drop function analytics_fy(date)");
  await refillCommitment(db);
}
