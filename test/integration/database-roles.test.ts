import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMemberships, hashPassword, verifyCredentials } from "@pb/auth";
import { listExcessConnectionRights, listPendingMigrations, listUnisolatedCouncilTables, migrateIfAllowed, withCouncil, type Database, type DB } from "@pb/db";
import { RUNTIME_DELETABLE_TABLES } from "@pb/db";
import { openTestDatabase, runtimeDbFor, TEST_RUNTIME_ROLE } from "./support/database";
import { addPaidPayments, callerFor, createTestCouncil, type TestCouncil } from "./support/councils";

// Issue 19: the console's connection can reach no other council's rows, whatever SQL runs on it.
// On PostgreSQL the runtime connection is set up as the README's production set-up says; PGlite
// (one embedded superuser) holds the parts that do not depend on the login role.
const onPostgres = process.env.PB_TEST_BACKEND === "postgres";

let owner: Database;
let runtime: Kysely<DB>;
let north: TestCouncil;
let south: TestCouncil;
const email = `signin.${randomUUID()}@test.invalid`;

beforeAll(async () => {
  owner = await openTestDatabase();
  runtime = runtimeDbFor(owner.db);
  north = await createTestCouncil(owner.db, "North");
  south = await createTestCouncil(owner.db, "South");
  await addPaidPayments(owner.db, north.id, [{ stream: "education", paidOn: "2025-04-10", amountPence: 1_000 }]);
  await addPaidPayments(owner.db, south.id, [{ stream: "health", paidOn: "2025-05-10", amountPence: 2_000 }]);
  const userId = randomUUID();
  await owner.db.insertInto("app_user").values({ id: userId, email, display_name: "Sign In", password_hash: await hashPassword("right password") }).execute();
  await owner.db.insertInto("council_membership").values({ council_id: north.id, user_id: userId, role: "manager" }).execute();
});
afterAll(async () => owner?.close());

async function countSouthRows(db: Kysely<DB>): Promise<{ child?: number; users?: number }> {
  const child = await sql<{ n: number }>`select count(*)::int as n from child where council_id = ${south.id}`.execute(db);
  const users = await sql<{ n: number }>`select count(*)::int as n from app_user where id = ${south.users.manager}`.execute(db);
  return { child: child.rows[0]?.n, users: users.rows[0]?.n };
}

describe("row-level security on every council table", () => {
  it("is enabled, forced and keyed on the council entered for every table with a council_id", async () => {
    expect(await listUnisolatedCouncilTables(owner.db)).toEqual([]);
    const { rows } = await sql<{ relname: string; forced: boolean }>`
      select relname, relforcerowsecurity as forced from pg_class where relname in ('app_user', 'council') and relnamespace = 'public'::regnamespace`.execute(owner.db);
    expect(rows.map((r) => r.forced)).toEqual([true, true]);
  });

  it("lists a new council table that misses it", async () => {
    await owner.db.transaction().execute(async (trx) => {
      await sql`create table roles_probe (council_id uuid not null)`.execute(trx);
      expect(await listUnisolatedCouncilTables(trx)).toEqual(["roles_probe"]);
      await sql`drop table roles_probe`.execute(trx);
    });
  });
});

describe("a request's transaction cannot leave its council", () => {
  it("shows nothing of another council after a forged app.council_id, and refuses entering a second council", async () => {
    await withCouncil(runtime, north.id, async (trx) => {
      await sql`select set_config('app.council_id', ${south.id}, true)`.execute(trx);
      expect(await countSouthRows(trx)).toEqual({ child: 0, users: 0 });
    });
    await expect(withCouncil(runtime, north.id, (trx) => sql`select pb_enter_council(${south.id}::uuid)`.execute(trx))).rejects.toThrow(
      /already acts for a council/,
    );
    for (const statement of [sql`update pb_council_entry set council = ${south.id}`, sql`delete from pb_council_entry`]) {
      await expect(withCouncil(runtime, north.id, (trx) => statement.execute(trx))).rejects.toThrow(/permission denied/);
    }
  });

  it("still sees its own council's rows", async () => {
    const own = await withCouncil(runtime, north.id, (trx) => sql<{ n: number }>`select count(*)::int as n from child`.execute(trx));
    expect(own.rows).toEqual([{ n: 1 }]);
  });

  it.runIf(onPostgres)("gains no superuser and no other council's rows from `reset role`", async () => {
    await withCouncil(runtime, north.id, async (trx) => {
      await sql`reset role`.execute(trx);
      const me = await sql<{ rolsuper: boolean; rolbypassrls: boolean }>`
        select rolsuper, rolbypassrls from pg_roles where rolname = current_user`.execute(trx);
      expect(me.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      expect(await countSouthRows(trx)).toEqual({ child: 0, users: 0 });
      await sql`select set_config('app.council_id', ${south.id}, true)`.execute(trx);
      expect(await countSouthRows(trx)).toEqual({ child: 0, users: 0 });
    });
  });
});

describe.runIf(onPostgres)("the console's connection in the production set-up", () => {
  it("is what callers of the tests use, and is not a superuser, cannot bypass row-level security and owns nothing", async () => {
    expect(runtime).not.toBe(owner.db);
    const { rows } = await sql<{ name: string; rolsuper: boolean; rolbypassrls: boolean; owned: number }>`
      select current_user as name, r.rolsuper, r.rolbypassrls,
        (select count(*)::int from pg_class where relowner = r.oid) + (select count(*)::int from pg_proc where proowner = r.oid)
          + (select count(*)::int from pg_namespace where nspowner = r.oid) as owned
      from pg_roles r where r.rolname = current_user`.execute(runtime);
    expect(rows[0]).toEqual({ name: TEST_RUNTIME_ROLE, rolsuper: false, rolbypassrls: false, owned: 0 });
    expect(await listExcessConnectionRights(runtime)).toEqual([]);
    expect((await listExcessConnectionRights(owner.db)).length).toBeGreaterThan(0);
  });

  it("deletes from no table but those the application deletes from, and cannot change another council's memberships", async () => {
    const { rows } = await sql<{ table: string }>`
      select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and has_table_privilege(current_user, c.oid, 'DELETE')
        and c.relname not like 'analytics\\_%' order by c.relname`.execute(runtime);
    expect(rows.map((r) => r.table)).toEqual([...RUNTIME_DELETABLE_TABLES].sort());
    await expect(
      withCouncil(runtime, north.id, (trx) => trx.insertInto("council_membership").values({ council_id: south.id, user_id: north.users.manager, role: "admin" }).execute()),
    ).rejects.toThrow(/row-level security/);
    await expect(withCouncil(runtime, north.id, (trx) => trx.updateTable("council_membership").set({ role: "admin" }).where("council_id", "=", north.id).execute())).rejects.toThrow(/permission denied/);
    await expect(withCouncil(runtime, north.id, (trx) => trx.deleteFrom("child").where("council_id", "=", north.id).execute())).rejects.toThrow(/permission denied/);
  });

  it("sees no users outside a council, only its council's inside one, and never a password hash", async () => {
    const outside = await sql<{ n: number }>`select count(*)::int as n from app_user`.execute(runtime);
    expect(outside.rows).toEqual([{ n: 0 }]);
    const inside = await withCouncil(runtime, north.id, (trx) => trx.selectFrom("app_user").select("id").execute());
    expect(inside.length).toBeGreaterThan(0);
    const southIds = new Set(Object.values(south.users));
    expect(inside.filter((u) => southIds.has(u.id))).toEqual([]);
    await expect(withCouncil(runtime, north.id, (trx) => sql`select password_hash from app_user`.execute(trx))).rejects.toThrow(/permission denied/);
  });

  it("finds the schema current without the right to migrate, so the console starts", async () => {
    expect(await listPendingMigrations(runtime)).toEqual([]);
    await expect(migrateIfAllowed(runtime)).resolves.toBeUndefined();
    await expect(sql`create table roles_probe (id int)`.execute(runtime)).rejects.toThrow(/permission denied/);
  });

  it("signs in, reads memberships and serves procedures", async () => {
    const user = await verifyCredentials(runtime, email.toUpperCase(), "right password");
    if (!user) throw new Error("the right password did not sign in");
    expect(user.email).toBe(email);
    expect(await verifyCredentials(runtime, email, "wrong password")).toBeNull();
    expect((await getMemberships(runtime, user.id)).map((m) => [m.councilId, m.roles])).toEqual([[north.id, ["manager"]]]);
    const me = await callerFor(runtime, user.id).session.me();
    expect(me).toMatchObject({ email, name: "Sign In", currentCouncilId: north.id });
    const spend = await callerFor(runtime, user.id, south.id).dashboard.spendByStream({ financialYear: "2025-26" });
    expect(spend.totals.totalPence).toBe(1_000);
  });
});
