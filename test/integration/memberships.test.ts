import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrFindUser, recordSignIn, setCouncilRoles, withCouncil, type Database, type DB, type Role } from "@pb/db";
import { openTestDatabase, runtimeDbFor } from "./support/database";
import { createTestCouncil, type TestCouncil } from "./support/councils";

// Issue 21 (migration 0024): the runtime role changes roles in the council it entered and nowhere
// else; accounts are made and signed in through definer functions. On PostgreSQL every call below
// runs as the console's runtime login role.
let owner: Database;
let runtime: Kysely<DB>;
let north: TestCouncil;
let south: TestCouncil;

beforeAll(async () => {
  owner = await openTestDatabase();
  runtime = runtimeDbFor(owner.db);
  north = await createTestCouncil(owner.db, "North");
  south = await createTestCouncil(owner.db, "South");
});
afterAll(async () => owner?.close());

async function rolesOf(councilId: string, userId: string): Promise<Role[]> {
  const rows = await owner.db.selectFrom("council_membership").select("role").where("council_id", "=", councilId).where("user_id", "=", userId).orderBy("role").execute();
  return rows.map((r) => r.role);
}

describe("setCouncilRoles", () => {
  it("replaces a user's roles in the entered council and says what changed", async () => {
    const userId = north.users.case_officer;
    const changed = await withCouncil(runtime, north.id, (trx) => setCouncilRoles(trx, { councilId: north.id, userId, roles: ["panel_member", "manager", "manager"] }));
    expect({ added: [...changed.added].sort(), removed: changed.removed }).toEqual({ added: ["manager", "panel_member"], removed: ["case_officer"] });
    expect(await rolesOf(north.id, userId)).toEqual(["manager", "panel_member"]);
    const again = await withCouncil(runtime, north.id, (trx) => setCouncilRoles(trx, { councilId: north.id, userId, roles: ["manager", "panel_member"] }));
    expect(again).toEqual({ added: [], removed: [] });
  });

  it("cannot add to another council's memberships from the council entered", async () => {
    const userId = south.users.manager;
    await expect(
      withCouncil(runtime, north.id, (trx) => setCouncilRoles(trx, { councilId: south.id, userId, roles: ["manager", "admin"] })),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withCouncil(runtime, north.id, (trx) => trx.insertInto("council_membership").values({ council_id: south.id, user_id: north.users.admin, role: "admin" }).execute()),
    ).rejects.toThrow(/row-level security/);
    expect(await rolesOf(south.id, userId)).toEqual(["manager"]);
    expect(await rolesOf(south.id, north.users.admin)).toEqual([]);
  });

  it("cannot remove another council's memberships: they are not there to remove", async () => {
    const userId = south.users.finance_officer;
    const changed = await withCouncil(runtime, north.id, (trx) => setCouncilRoles(trx, { councilId: south.id, userId, roles: [] }));
    expect(changed).toEqual({ added: [], removed: [] });
    const deleted = await withCouncil(runtime, north.id, (trx) => trx.deleteFrom("council_membership").where("council_id", "=", south.id).executeTakeFirst());
    expect(deleted.numDeletedRows).toBe(0n);
    expect(await rolesOf(south.id, userId)).toEqual(["finance_officer"]);
    expect((await rolesOf(south.id, south.users.admin)).length).toBe(1);
  });

  it("cannot write memberships outside a council", async () => {
    await expect(
      owner.db.transaction().execute(async (trx) => {
        await sql`select set_config('role', 'pb_app', true)`.execute(trx);
        await trx.insertInto("council_membership").values({ council_id: north.id, user_id: south.users.admin, role: "admin" }).execute();
      }),
    ).rejects.toThrow(/row-level security/);
  });
});

describe("createOrFindUser and recordSignIn", () => {
  it("makes an account without a password once, and finds it again by any spelling of the email", async () => {
    const email = `Invited.${randomUUID()}@Test.Invalid`;
    const made = await createOrFindUser(runtime, { email: `  ${email} `, displayName: " New Person " });
    expect(made.created).toBe(true);
    const found = await createOrFindUser(runtime, { email: email.toUpperCase(), displayName: "Someone Else" });
    expect(found).toEqual({ id: made.id, created: false });
    const row = await owner.db.selectFrom("app_user").select(["email", "display_name", "password_hash", "deactivated_at"]).where("id", "=", made.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ email: email.toLowerCase(), display_name: "New Person", password_hash: null, deactivated_at: null });
  });

  it("records a sign-in's time and clears the failures counted since the last", async () => {
    const userId = north.users.commissioner;
    await owner.db.updateTable("app_user").set({ failed_sign_ins: 3 }).where("id", "=", userId).execute();
    const before = new Date(Date.now() - 1000);
    await recordSignIn(runtime, userId);
    const row = await owner.db.selectFrom("app_user").select(["last_signed_in_at", "failed_sign_ins"]).where("id", "=", userId).executeTakeFirstOrThrow();
    expect(row.failed_sign_ins).toBe(0);
    expect(row.last_signed_in_at?.getTime()).toBeGreaterThan(before.getTime());
  });
});
