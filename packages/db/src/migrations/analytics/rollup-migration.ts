import { sql, type Kysely } from "kysely";
import { enableCouncilIsolation } from "../helpers";
import type { RollupDefinition } from "./reader";
import { compareFunctionSql, createTableSql, listSourceTables, rebuildFunctionSql, sourceTriggerFunctionSql, TRIGGER_OPS } from "./rollup-sql";

// What a migration that adds rollups does with them, shared by 0007 and 0009.

const run = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);

/** A new rollup's table, usable by the app's role and scoped to one council like every council table. */
export async function createRollupTable(db: Kysely<any>, rollup: RollupDefinition): Promise<void> {
  await run(db, createTableSql(rollup));
  await sql`grant select, insert, update, delete on ${sql.table(rollup.table)} to pb_app`.execute(db);
  await enableCouncilIsolation(db, rollup.table);
}

/**
 * Re-creates analytics_rebuild and analytics_compare for `rollups`, and the trigger functions of the
 * tables that the `changed` rollups read: `rollups` is the list after a migration adds `changed` (up),
 * or the list before it (down, which then drops their tables).
 */
export async function replaceRollupFunctions(db: Kysely<any>, rollups: readonly RollupDefinition[], changed: readonly RollupDefinition[]): Promise<void> {
  await run(db, rebuildFunctionSql(rollups, "create or replace"));
  await run(db, compareFunctionSql(rollups, "create or replace"));
  const tables = new Set(changed.flatMap((r) => Object.keys(r.sources)));
  for (const [table, readers] of listSourceTables(rollups)) {
    if (!tables.has(table)) continue;
    for (const op of TRIGGER_OPS) await run(db, sourceTriggerFunctionSql(table, op, readers, "create or replace"));
  }
}

export async function dropRollupTables(db: Kysely<any>, rollups: readonly RollupDefinition[]): Promise<void> {
  for (const rollup of rollups) await run(db, `drop table if exists ${rollup.table}`);
}
