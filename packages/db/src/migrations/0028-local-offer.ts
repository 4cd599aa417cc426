import { sql, type Kysely } from "kysely";

// Issue 22: the Local Offer page is public (no sign-in), so it reads outside any council. It may see
// one thing: a council's published policy versions, by the council's slug. Drafts, who published a
// version, and every other table stay behind row-level security, which hides all of them from a
// transaction that has entered no council.
export const LOCAL_OFFER_MAX_VERSIONS = 50;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function pb_local_offer(council_slug text)
    returns table (council_name text, version_id uuid, version_number integer, effective_from date, document jsonb)
    language sql stable security definer set search_path = pg_catalog, public, pg_temp as $$
      select c.name, v.id, v.version_number, v.effective_from, v.document
      from public.council c join public.policy_version v on v.council_id = c.id
      where c.slug = council_slug and v.status = 'published' and v.effective_from is not null
      order by v.effective_from desc, v.version_number desc
      limit ${sql.lit(LOCAL_OFFER_MAX_VERSIONS)}
    $$`.execute(db);
  await sql`revoke all on function pb_local_offer(text) from public`.execute(db);
  await sql`grant execute on function pb_local_offer(text) to pb_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function pb_local_offer(text)`.execute(db);
}
