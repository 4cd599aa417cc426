import { sql, type Kysely } from "kysely";
import { fillFromSql, NARROW_ROLLUPS_0007, ROLLUPS_0005, ROLLUPS_0007 } from "./analytics/rollup-sql";
import { createRollupTable, dropRollupTables, replaceRollupFunctions } from "./analytics/rollup-migration";

// Narrower copies of four rollups, for the dashboards' usual question (no service, age band or, for
// the census, stream or arrangement asked for). The budget census has a row per mix of lines, some
// twenty thousand a year for a large council; without the mix, a hundred or so. The EHC plan rollup
// has a row per month issued and month born; by month issued alone, one per month. Spend and
// commitment by stream and arrangement alone have a tenth of the rows of their rollups. The triggers
// of their source tables, analytics_rebuild and analytics_compare are re-created to keep and check them.

const NARROW = NARROW_ROLLUPS_0007.map((n) => n.rollup);

export async function up(db: Kysely<any>): Promise<void> {
  for (const { rollup, of } of NARROW_ROLLUPS_0007) {
    await createRollupTable(db, rollup);
    // From the rollup it sums, which the triggers have kept right so far.
    await sql.raw(fillFromSql(rollup, of)).execute(db);
  }
  await replaceRollupFunctions(db, ROLLUPS_0007, NARROW);
}

export async function down(db: Kysely<any>): Promise<void> {
  await replaceRollupFunctions(db, ROLLUPS_0005, NARROW);
  await dropRollupTables(db, NARROW);
}
