import type { Kysely } from "kysely";
import { compareRollupsWithRawRows, type DB } from "@pb/db";

export type RollupCheck = { name: string; ok: boolean; detail: string };

/** Every council's rollups against a fresh GROUP BY over its raw rows: the dashboards' figures are the rows'. */
export async function checkRollups(db: Kysely<DB>, dataset: string, councilIds: readonly string[]): Promise<RollupCheck> {
  const started = performance.now();
  let cells = 0;
  const examples: string[] = [];
  for (const councilId of councilIds) {
    const differences = await compareRollupsWithRawRows(db, councilId);
    cells += differences.length;
    for (const d of differences.slice(0, 3 - examples.length)) examples.push(`${d.rollup} ${JSON.stringify(d.cell)}: rollup ${JSON.stringify(d.actual)}, rows ${JSON.stringify(d.expected)}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return {
    name: `rollups agree with the raw rows (${dataset})`,
    ok: cells === 0,
    detail: cells === 0 ? `${councilIds.length} councils, every rollup cell equal to the GROUP BY over the raw rows (checked in ${seconds} s)` : `${cells} cells differ, e.g. ${examples.join("; ")}`,
  };
}
