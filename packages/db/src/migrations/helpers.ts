import { sql, type Kysely } from "kysely";

/**
 * Row-level security as migrations 0001–0018 wrote it, keyed on the plain council setting (ADR 0001).
 * Migration 0019 replaced every such policy; a new council table uses `isolateByCouncil` (ADR 0004).
 */
export async function enableCouncilIsolation(db: Kysely<any>, table: string): Promise<void> {
  await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
  await sql`create policy council_isolation on ${sql.table(table)}
    using (council_id = nullif(current_setting('app.council_id', true), '')::uuid)
    with check (council_id = nullif(current_setting('app.council_id', true), '')::uuid)`.execute(db);
}

export function inList(values: readonly string[]) {
  return sql.join(values.map((v) => sql.lit(v)));
}
