import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@pb/db";
import { openTestDatabase } from "./support/database";

// What a Citus cluster distributed on council_id needs (docs/scaling.md): every council table's keys
// include the distribution column, so a council's rows, and the rows they point at, share one node.
// A council table is one with a council_id column; these are the tables that are not, and why.
const NOT_COUNCIL_TABLES: Record<string, string> = {
  council: "the councils themselves: its id is the distribution value (a reference table)",
  app_user: "sign-in accounts, one per person whatever councils they serve (a reference table)",
  kysely_migration: "the migrator's record of applied migrations (stays on the coordinator)",
  kysely_migration_lock: "the migrator's lock (stays on the coordinator)",
  pb_council_entry: "the council each server process's transaction entered (ADR 0004): per node, never distributed",
  sign_in_throttle: "sign-in attempts, counted before anyone knows whose council they concern (per account key and address)",
};

// The tables a Citus cluster would copy to every node, which a council table's foreign key may point at.
const REFERENCE_TABLES = new Set(["council", "app_user"]);

type Key = { table: string; name: string; kind: string; definition: string; has_council: boolean; target: string | null; target_council_matched: boolean | null };

let database: Database;

async function tables(): Promise<{ name: string; council: boolean }[]> {
  const { rows } = await sql<{ name: string; council: boolean }>`
    select c.relname as name, exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'council_id' and not a.attisdropped) as council
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`.execute(database.db);
  return rows;
}

/**
 * Every primary key, unique constraint, exclusion constraint and foreign key of a council table, and
 * every unique index that backs no constraint, with whether council_id is among its columns; for a
 * foreign key, the table it points at and whether council_id there is matched to council_id here.
 */
async function councilKeys(): Promise<Key[]> {
  const { rows } = await sql<Key>`
    with council_table as (
      select c.oid, c.relname, a.attnum from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'council_id' and not a.attisdropped
      where c.relkind in ('r', 'p'))
    select t.relname as table, k.conname as name, k.contype::text as kind, pg_get_constraintdef(k.oid) as definition,
      t.attnum = any(k.conkey) as has_council,
      case when k.contype = 'f' then k.confrelid::regclass::text end as target,
      case when k.contype = 'f' then exists (
        select 1 from council_table r, generate_subscripts(k.conkey, 1) i
        where r.oid = k.confrelid and k.conkey[i] = t.attnum and k.confkey[i] = r.attnum) end as target_council_matched
    from council_table t join pg_constraint k on k.conrelid = t.oid and k.contype in ('p', 'u', 'x', 'f')
    union all
    select t.relname, i.indexrelid::regclass::text, 'unique index', pg_get_indexdef(i.indexrelid),
      t.attnum = any(i.indkey::int2[]), null, null
    from council_table t join pg_index i on i.indrelid = t.oid and i.indisunique
    where not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.conrelid = t.oid)
    order by 1, 2`.execute(database.db);
  return rows;
}

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

describe("keys for distributing on council_id", () => {
  it("every table is a council table or a listed exception", async () => {
    const others = (await tables()).filter((t) => !t.council).map((t) => t.name);
    expect(others.sort()).toEqual(Object.keys(NOT_COUNCIL_TABLES).sort());
  });

  it("every council table has a primary key, and it includes council_id", async () => {
    const keys = await councilKeys();
    const councilTables = (await tables()).filter((t) => t.council).map((t) => t.name);
    expect(councilTables.length).toBeGreaterThan(40);
    const withPrimaryKey = new Set(keys.filter((k) => k.kind === "p").map((k) => k.table));
    expect(councilTables.filter((t) => !withPrimaryKey.has(t))).toEqual([]);
    expect(keys.filter((k) => k.kind === "p" && !k.has_council).map((k) => `${k.table}: ${k.definition}`)).toEqual([]);
  });

  it("every unique constraint and unique index of a council table includes council_id", async () => {
    const keys = await councilKeys();
    const unique = keys.filter((k) => k.kind === "u" || k.kind === "x" || k.kind === "unique index");
    expect(unique.length).toBeGreaterThan(10);
    expect(unique.filter((k) => !k.has_council).map((k) => `${k.table}.${k.name}: ${k.definition}`)).toEqual([]);
  });

  it("every foreign key between council tables joins on council_id; the others point at a listed reference table", async () => {
    const foreign = (await councilKeys()).filter((k) => k.kind === "f");
    expect(foreign.length).toBeGreaterThan(40);
    const councilTables = new Set((await tables()).filter((t) => t.council).map((t) => t.name));
    const wrong = foreign.filter((k) => (k.target !== null && councilTables.has(k.target) ? !k.target_council_matched : !REFERENCE_TABLES.has(k.target ?? "")));
    expect(wrong.map((k) => `${k.table}.${k.name}: ${k.definition}`)).toEqual([]);
  });
});
