import type { Kysely } from "kysely";
import { REDEFINED_ROLLUPS_0010, ROLLUPS_0009, ROLLUPS_0010 } from "./analytics/rollup-sql";
import { replaceRollupFunctions } from "./analytics/rollup-migration";

// Spend by stream and arrangement from the payments alone, not through the full spend rollup's query
// with each payment joined to its line, budget and child: the same cells (analytics_compare checks
// them), so nothing is refilled; the triggers of the payment, line, budget and child tables, the
// rebuild and the comparison are re-created.

export async function up(db: Kysely<any>): Promise<void> {
  await replaceRollupFunctions(db, ROLLUPS_0010, REDEFINED_ROLLUPS_0010);
}

export async function down(db: Kysely<any>): Promise<void> {
  await replaceRollupFunctions(db, ROLLUPS_0009, REDEFINED_ROLLUPS_0010);
}
