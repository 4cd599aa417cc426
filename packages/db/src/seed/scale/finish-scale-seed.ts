import { sql } from "kysely";
import type { Database } from "../../client";
import { rebuildRollups, ROLLUP_TABLES } from "../../queries/analytics";
import { LOAD_ORDER } from "./copy-rows";

/**
 * After a bulk load: the tables just filled vacuumed and analysed (a planner that thinks they are
 * empty picks plans that take seconds, and without the vacuum the server's autovacuum would do it
 * later, for minutes, under whatever runs next), then each loaded council's rollups rebuilt.
 */
export async function finishScaleSeed(database: Database, councilIds: readonly string[]): Promise<{ analyseSeconds: number; rollupSeconds: number }> {
  const started = performance.now();
  for (const table of [...LOAD_ORDER, "council", "app_user", "council_membership", "policy_version"]) await sql`vacuum (analyze) ${sql.table(table)}`.execute(database.db);
  const analysed = performance.now();
  for (const councilId of councilIds) await rebuildRollups(database.db, councilId);
  // The rollups were empty when last analysed.
  for (const table of ROLLUP_TABLES) await sql`vacuum (analyze) ${sql.table(table)}`.execute(database.db);
  return { analyseSeconds: (analysed - started) / 1000, rollupSeconds: (performance.now() - analysed) / 1000 };
}
