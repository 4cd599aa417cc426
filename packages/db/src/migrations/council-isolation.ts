import { sql, type Kysely } from "kysely";

/** Every table of the public schema with a council_id column: what row-level security must cover. */
export async function listCouncilTables(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ relname: string }>`
    select c.relname from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'council_id' and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname`.execute(db);
  return rows.map((r) => r.relname);
}

/**
 * Row-level security on a council table as it stands from migration 0019 (ADR 0004): enabled, forced,
 * and keyed on the council the transaction entered (`pb_current_council`), never on a setting the runtime could forge.
 * A migration adding a council table calls this; `listUnisolatedCouncilTables` (and its test) catches one that does not.
 */
export async function isolateByCouncil(db: Kysely<any>, table: string): Promise<void> {
  await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
  await sql`alter table ${sql.table(table)} force row level security`.execute(db);
  await sql`drop policy if exists council_isolation on ${sql.table(table)}`.execute(db);
  // `(select …)` makes the check one evaluation per statement rather than one per row.
  await sql`create policy council_isolation on ${sql.table(table)}
    using (council_id = (select pb_current_council()))
    with check (council_id = (select pb_current_council()))`.execute(db);
}

/** Council tables whose row-level security is not enabled, not forced, or not keyed on the entered council. */
export async function listUnisolatedCouncilTables(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ relname: string }>`
    select c.relname from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'council_id' and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p')
      and not (c.relrowsecurity and c.relforcerowsecurity and exists (
        select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'council_isolation'
          and pg_get_expr(p.polqual, p.polrelid) like '%pb_current_council()%'
          and pg_get_expr(p.polwithcheck, p.polrelid) like '%pb_current_council()%'))
    order by c.relname`.execute(db);
  return rows.map((r) => r.relname);
}
