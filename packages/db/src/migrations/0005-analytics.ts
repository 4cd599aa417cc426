import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation } from "./helpers";
import { compareFunctionSql, createTableSql, listSourceTables, rebuildFunctionSql, ROLLUPS_0005 as ROLLUPS, sourceTriggerFunctionSql, triggerFunctionSql, TRIGGER_OPS, type TriggerOp } from "./analytics/rollup-sql";

// Rollups for the dashboards, kept right in the same transaction as the rows they sum: statement-level
// triggers with transition tables take away what the changed rows contributed and add what they
// contribute now. Setting pb.skip_rollups to 'on' skips that work (bulk loads), after which the
// loader calls analytics_rebuild(council). analytics_compare(council) lists any cell that disagrees.

const run = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);

const HELPERS = [
  // Calendar month of a date, as its first day; timestamp without time zone, so no zone anywhere.
  `create function analytics_month(d date) returns date language sql immutable parallel safe as $$ select date_trunc('month', d::timestamp)::date $$`,
  // The day someone born on dob turns n: someone born on 29 February turns a year older on 1 March
  // in other years (as ageOn), which counting from the day before gives.
  `create function analytics_birthday(dob date, n integer) returns date language sql immutable parallel safe as $$
    select ((dob - 1) + make_interval(years => n))::date + 1 $$`,
  // The age bands of the exports (SEN2's): under 5, 5–10, 11–15, 16–19, 20–25, over 25; by dates, not numerics, for speed.
  `create function analytics_age_band(dob date, on_date date) returns text language sql immutable parallel safe as $$
    select case when on_date < analytics_birthday(dob, 5) then 'under_5' when on_date < analytics_birthday(dob, 11) then '5_to_10'
      when on_date < analytics_birthday(dob, 16) then '11_to_15' when on_date < analytics_birthday(dob, 20) then '16_to_19'
      when on_date < analytics_birthday(dob, 26) then '20_to_25' else 'over_25' end $$`,
  // The share of an annual amount accrued from s_on to `through` inclusive, rounded half up, over the
  // days of the year from s_on: differences of it split a line over months to the penny.
  `create function analytics_share(annual bigint, s_on date, through date) returns bigint language sql immutable parallel safe as $$
    select (annual * (through - s_on + 1)::bigint * 2 + ((s_on + interval '1 year')::date - s_on))
         / (2 * ((s_on + interval '1 year')::date - s_on))::bigint $$`,
  // The policy version in force for a council on a date (as getPolicyInForce), or null: for drill-downs.
  `create function analytics_policy_at(p_council uuid, on_date date) returns uuid language sql stable as $$
    select id from policy_version where council_id = p_council and status = 'published' and effective_from <= on_date
    order by effective_from desc, version_number desc limit 1 $$`,
];

// Lookups the triggers make by something other than a primary key.
const INDEXES = [
  "create index analytics_budget_supersedes_idx on budget (council_id, supersedes_budget_id) where supersedes_budget_id is not null",
  "create index analytics_plan_child_idx on plan (council_id, child_id)",
  "create index analytics_review_budget_idx on review (council_id, budget_id)",
  "create index analytics_disagreement_decision_idx on disagreement (council_id, decision_id)",
  "create index analytics_decision_supersedes_idx on decision (council_id, supersedes_decision_id) where supersedes_decision_id is not null",
  "create index analytics_request_child_idx on pb_request (council_id, child_id)",
];

function transitionTables(op: TriggerOp): string {
  return op === "insert" ? "new table as new_rows" : op === "delete" ? "old table as old_rows" : "old table as old_rows new table as new_rows";
}

function triggerSql(table: string, op: TriggerOp): string {
  return `create trigger analytics_${op} after ${op} on ${table} referencing ${transitionTables(op)}
    for each statement execute function analytics_on_${table}_${op}()`;
}

// Publishing a version re-dates every row after its effective date: rebuild the council (rare).
function policyTriggerBody(op: TriggerOp): string {
  const rows = op === "insert" ? "select council_id, status from new_rows" : op === "delete" ? "select council_id, status from old_rows"
    : "select council_id, status from old_rows union all select council_id, status from new_rows";
  return `perform analytics_rebuild(x.council_id) from (select distinct council_id from (${rows}) y where status = 'published') x;`;
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const text of HELPERS) await run(db, text);
  for (const text of INDEXES) await run(db, text);
  for (const rollup of ROLLUPS) {
    await run(db, createTableSql(rollup));
    await sql`grant select, insert, update, delete on ${sql.table(rollup.table)} to pb_app`.execute(db);
    await enableCouncilIsolation(db, rollup.table);
  }
  await run(db, rebuildFunctionSql(ROLLUPS));
  await run(db, compareFunctionSql(ROLLUPS));
  for (const [table, rollups] of listSourceTables(ROLLUPS)) {
    for (const op of TRIGGER_OPS) {
      await run(db, sourceTriggerFunctionSql(table, op, rollups));
      await run(db, triggerSql(table, op));
    }
  }
  for (const op of TRIGGER_OPS) {
    await run(db, triggerFunctionSql("policy_version", op, policyTriggerBody(op)));
    await run(db, triggerSql("policy_version", op));
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [...listSourceTables(ROLLUPS).keys(), "policy_version"]) {
    for (const op of TRIGGER_OPS) {
      await run(db, `drop trigger if exists analytics_${op} on ${table}`);
      await run(db, `drop function if exists analytics_on_${table}_${op}()`);
    }
  }
  await run(db, "drop function if exists analytics_compare(uuid)");
  await run(db, "drop function if exists analytics_rebuild(uuid)");
  for (const rollup of ROLLUPS) await run(db, `drop table if exists ${rollup.table}`);
  for (const text of INDEXES) await run(db, `drop index if exists ${text.split(" ")[2]}`);
  for (const fn of ["analytics_policy_at(uuid, date)", "analytics_share(bigint, date, date)", "analytics_age_band(date, date)", "analytics_birthday(date, integer)", "analytics_month(date)"]) {
    await run(db, `drop function if exists ${fn}`);
  }
}
