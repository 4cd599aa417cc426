import { sql, type Kysely } from "kysely";
import type { RollupDefinition } from "./analytics/reader";
import { fillFromRowsSql, REDEFINED_ROLLUPS_0017, ROLLUPS_0012, ROLLUPS_0017 } from "./analytics/rollup-sql";
import { replaceRollupFunctions } from "./analytics/rollup-migration";

// Since 0015 a review of a decision under a policy with no time limit for the council's decision has no
// deadline: it is never late, so once settled it counts as settled within the deadline. The disagreement
// rollups are redefined (same tables and keys), their triggers, rebuild and comparison re-created, and
// both refilled from the raw rows.

const run = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);
const DISAGREEMENT_TABLES = ["analytics_disagreement_month", "analytics_disagreement_stream_month"];

async function refill(db: Kysely<any>, rollups: readonly RollupDefinition[]): Promise<void> {
  for (const rollup of rollups.filter((r) => DISAGREEMENT_TABLES.includes(r.table))) {
    await run(db, `truncate ${rollup.table}`);
    await run(db, fillFromRowsSql(rollup));
    await run(db, `analyze ${rollup.table}`);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await replaceRollupFunctions(db, ROLLUPS_0017, REDEFINED_ROLLUPS_0017);
  await refill(db, ROLLUPS_0017);
}

export async function down(db: Kysely<any>): Promise<void> {
  await replaceRollupFunctions(db, ROLLUPS_0012, REDEFINED_ROLLUPS_0017);
  await refill(db, ROLLUPS_0012);
}
