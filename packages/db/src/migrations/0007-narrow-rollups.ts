import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation } from "./helpers";
import { compareFunctionSql, createTableSql, fillFromSql, listSourceTables, NARROW_ROLLUPS_0007, rebuildFunctionSql, ROLLUPS_0005, ROLLUPS_0007, sourceTriggerFunctionSql, TRIGGER_OPS } from "./analytics/rollup-sql";

// Narrower copies of four rollups, for the dashboards' usual question (no service, age band or, for
// the census, stream or arrangement asked for). The budget census has a row per mix of lines, some
// twenty thousand a year for a large council; without the mix, a hundred or so. The EHC plan rollup
// has a row per month issued and month born; by month issued alone, one per month. Spend and
// commitment by stream and arrangement alone have a tenth of the rows of their rollups. The triggers
// of their source tables, analytics_rebuild and analytics_compare are re-created to keep and check them.

const run = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);
const NARROW = NARROW_ROLLUPS_0007.map((n) => n.rollup);

export async function up(db: Kysely<any>): Promise<void> {
  for (const { rollup, of } of NARROW_ROLLUPS_0007) {
    await run(db, createTableSql(rollup));
    await sql`grant select, insert, update, delete on ${sql.table(rollup.table)} to pb_app`.execute(db);
    await enableCouncilIsolation(db, rollup.table);
    // From the rollup it sums, which the triggers have kept right so far.
    await run(db, fillFromSql(rollup, of));
  }
  await run(db, rebuildFunctionSql(ROLLUPS_0007, "create or replace"));
  await run(db, compareFunctionSql(ROLLUPS_0007, "create or replace"));
  for (const [table, rollups] of listSourceTables(ROLLUPS_0007)) {
    if (!rollups.some((r) => NARROW.includes(r))) continue;
    for (const op of TRIGGER_OPS) await run(db, sourceTriggerFunctionSql(table, op, rollups, "create or replace"));
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await run(db, rebuildFunctionSql(ROLLUPS_0005, "create or replace"));
  await run(db, compareFunctionSql(ROLLUPS_0005, "create or replace"));
  const now = listSourceTables(ROLLUPS_0007);
  for (const [table, rollups] of listSourceTables(ROLLUPS_0005)) {
    if (!now.get(table)?.some((r) => NARROW.includes(r))) continue;
    for (const op of TRIGGER_OPS) await run(db, sourceTriggerFunctionSql(table, op, rollups, "create or replace"));
  }
  for (const rollup of NARROW) await run(db, `drop table if exists ${rollup.table}`);
}
