import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation } from "./helpers";
import { compareFunctionSql, createTableSql, fillFromRowsSql, listSourceTables, NARROW_ROLLUPS_0009, rebuildFunctionSql, ROLLUPS, ROLLUPS_0007, sourceTriggerFunctionSql, TRIGGER_OPS } from "./analytics/rollup-sql";

// Cessations by reason alone and by stream alone, and disagreements by stream and outcome alone,
// for the cessations and policy review dashboards. The cessation rollup has a row per mix of lines,
// nearly one per budget ended, and reading those arrays cost most of the dashboard's time. The
// triggers of their source tables, analytics_rebuild and analytics_compare are re-created to keep
// and check them.

const run = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);
const ADDED = NARROW_ROLLUPS_0009.map((n) => n.rollup);

export async function up(db: Kysely<any>): Promise<void> {
  for (const rollup of ADDED) {
    await run(db, createTableSql(rollup));
    await sql`grant select, insert, update, delete on ${sql.table(rollup.table)} to pb_app`.execute(db);
    await enableCouncilIsolation(db, rollup.table);
    await run(db, fillFromRowsSql(rollup));
  }
  await run(db, rebuildFunctionSql(ROLLUPS, "create or replace"));
  await run(db, compareFunctionSql(ROLLUPS, "create or replace"));
  for (const [table, rollups] of listSourceTables(ROLLUPS)) {
    if (!rollups.some((r) => ADDED.includes(r))) continue;
    for (const op of TRIGGER_OPS) await run(db, sourceTriggerFunctionSql(table, op, rollups, "create or replace"));
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await run(db, rebuildFunctionSql(ROLLUPS_0007, "create or replace"));
  await run(db, compareFunctionSql(ROLLUPS_0007, "create or replace"));
  const now = listSourceTables(ROLLUPS);
  for (const [table, rollups] of listSourceTables(ROLLUPS_0007)) {
    if (!now.get(table)?.some((r) => ADDED.includes(r))) continue;
    for (const op of TRIGGER_OPS) await run(db, sourceTriggerFunctionSql(table, op, rollups, "create or replace"));
  }
  for (const rollup of ADDED) await run(db, `drop table if exists ${rollup.table}`);
}
