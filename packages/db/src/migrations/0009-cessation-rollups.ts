import { sql, type Kysely } from "kysely";
import { fillFromRowsSql, NARROW_ROLLUPS_0009, ROLLUPS_0007, ROLLUPS_0009 } from "./analytics/rollup-sql";
import { createRollupTable, dropRollupTables, replaceRollupFunctions } from "./analytics/rollup-migration";

// Cessations by reason alone and by stream alone, and disagreements by stream and outcome alone,
// for the cessations and policy review dashboards. The cessation rollup has a row per mix of lines,
// nearly one per budget ended, and reading those arrays cost most of the dashboard's time. The
// triggers of their source tables, analytics_rebuild and analytics_compare are re-created to keep
// and check them.

const ADDED = NARROW_ROLLUPS_0009.map((n) => n.rollup);

export async function up(db: Kysely<any>): Promise<void> {
  for (const rollup of ADDED) {
    await createRollupTable(db, rollup);
    await sql.raw(fillFromRowsSql(rollup)).execute(db);
  }
  await replaceRollupFunctions(db, ROLLUPS_0009, ADDED);
}

export async function down(db: Kysely<any>): Promise<void> {
  await replaceRollupFunctions(db, ROLLUPS_0007, ADDED);
  await dropRollupTables(db, ADDED);
}
