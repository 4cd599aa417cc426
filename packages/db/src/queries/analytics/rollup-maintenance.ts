import { sql, type Kysely, type Transaction } from "kysely";
import type { DB } from "../../schema";

/** The rollup tables of migrations 0005, 0007 and 0009 (council_id leads every primary key). */
export const ROLLUP_TABLES = [
  "analytics_spend_month",
  "analytics_commitment_month",
  "analytics_spend_stream_month",
  "analytics_commitment_stream_month",
  "analytics_budget_month",
  "analytics_budget_total_month",
  "analytics_ehcp_month",
  "analytics_ehcp_issued_month",
  "analytics_request_month",
  "analytics_cessation_month",
  "analytics_disagreement_month",
  "analytics_cessation_reason_month",
  "analytics_cessation_stream_month",
  "analytics_disagreement_stream_month",
  "analytics_review_month",
] as const;
export type RollupTable = (typeof ROLLUP_TABLES)[number];

/** One cell where a rollup and a fresh GROUP BY over the raw rows disagree (absent counts as 0). */
export type RollupDifference = {
  rollup: RollupTable;
  cell: Record<string, unknown>;
  expected: Record<string, number>;
  actual: Record<string, number>;
};

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Recomputes every rollup of one council from its raw rows, in one statement per rollup. For bulk
 * loads: load with the triggers' work skipped (skipRollupsInTransaction, or triggers off), then call this.
 */
export async function rebuildRollups(db: Db, councilId: string): Promise<void> {
  await sql`select analytics_rebuild(${councilId}::uuid)`.execute(db);
}

/** Every cell of every rollup of the council that differs from the raw rows; empty when they agree. */
export async function compareRollupsWithRawRows(db: Db, councilId: string): Promise<RollupDifference[]> {
  const result = await sql<{ rollup_name: RollupTable; cell_key: Record<string, unknown>; expected_values: Record<string, number>; actual_values: Record<string, number> }>`
    select rollup_name, cell_key, expected_values, actual_values from analytics_compare(${councilId}::uuid)`.execute(db);
  return result.rows.map((r) => ({ rollup: r.rollup_name, cell: r.cell_key, expected: r.expected_values, actual: r.actual_values }));
}

/**
 * Makes the rollup triggers do nothing for the rest of this transaction, for a bulk load that calls
 * rebuildRollups for each council it loaded before it commits.
 */
export async function skipRollupsInTransaction(trx: Transaction<DB>): Promise<void> {
  await sql`select set_config('pb.skip_rollups', 'on', true)`.execute(trx);
}
