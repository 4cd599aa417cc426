import bcrypt from "bcryptjs";
import type { Insertable, Kysely } from "kysely";
import type { DB } from "../schema";
import { createRandom } from "./random";
import { DEMO_MORE_USERS, DEMO_PASSWORD, DEMO_USERS } from "./demo-people";
import { seedDemoPolicies } from "./demo-policy";
import { seedDemoFinance } from "./demo-finance";
import { DemoRows, INSERT_ORDER } from "./demo-rows";
import { writeChildStory } from "./demo-story";
import { confirmPaidConditions, type DemoConditions } from "./demo-conditions";

export const DEMO_COUNCIL = { name: "Demo County Council", slug: "demo-county" } as const;
/** The demo's fixed "today": payments due by then are paid, later ones scheduled. Fixed so every run is the same. */
export const DEMO_TODAY = "2026-10-31";

export type SeedSummary = { councilId: string; created: boolean; children: number; requests: number; budgetLines: number; payments: number; accounts: number; returns: number };

/**
 * Loads the demo council once (a second run finds it and changes nothing): its policy versions and,
 * for each child, a story through every stage, so every dashboard and work queue has data.
 */
export async function seedDemo(db: Kysely<DB>, options: { children?: number } = {}): Promise<SeedSummary> {
  const existing = await db.selectFrom("council").select("id").where("slug", "=", DEMO_COUNCIL.slug).executeTakeFirst();
  if (existing) return { councilId: existing.id, created: false, children: 0, requests: 0, budgetLines: 0, payments: 0, accounts: 0, returns: 0 };

  const random = createRandom(20_261_124);
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);

  return db.transaction().execute(async (trx) => {
    const councilId = random.uuid();
    await trx.insertInto("council").values({ id: councilId, ...DEMO_COUNCIL }).execute();
    const users = {} as Record<string, string>;
    for (const user of DEMO_USERS) {
      const userId = random.uuid();
      users[user.role] = userId;
      await trx.insertInto("app_user").values({ id: userId, email: user.email, display_name: user.name, password_hash: passwordHash }).execute();
      await trx.insertInto("council_membership").values({ council_id: councilId, user_id: userId, role: user.role }).execute();
    }
    // Their ids come from a stream of their own, so the rest of the demo stays exactly as it was.
    const more = createRandom(20_261_125);
    for (const user of DEMO_MORE_USERS) {
      const userId = more.uuid();
      await trx.insertInto("app_user").values({ id: userId, email: user.email, display_name: user.name, password_hash: passwordHash }).execute();
      await trx.insertInto("council_membership").values({ council_id: councilId, user_id: userId, role: user.role }).execute();
    }
    const byRole = (role: string) => {
      const id = users[role];
      if (!id) throw new Error(`no demo user for ${role}`);
      return id;
    };
    const policies = await seedDemoPolicies(trx, { id: councilId, name: DEMO_COUNCIL.name }, byRole("admin"), random.uuid);

    const rows = new DemoRows();
    const conditions: DemoConditions = { pending: [], caseOfficer: byRole("case_officer") };
    const story = {
      councilId, today: DEMO_TODAY, random, rows, policies, conditions,
      users: { admin: byRole("admin"), case_officer: byRole("case_officer"), panel_member: byRole("panel_member"), finance_officer: byRole("finance_officer") },
    };
    const children = options.children ?? 320;
    for (let i = 0; i < children; i++) writeChildStory(story, i);
    confirmPaidConditions(rows, conditions);
    for (const table of INSERT_ORDER) await insertInChunks(trx, table, rows.tables[table] ?? []);
    // The finance officers' side, from the direct payments just written: accounts, returns (some
    // missing or late), reminders and underspend. A stream of its own keeps the rest as it was.
    const finance = await seedDemoFinance(trx, councilId, createRandom(20_261_126), DEMO_TODAY, byRole("finance_officer"));
    return {
      councilId, created: true, children, requests: rows.count("pb_request"),
      budgetLines: rows.count("budget_line"), payments: rows.count("payment"), accounts: finance.accounts, returns: finance.returns,
    };
  });
}

async function insertInChunks<T extends keyof DB>(db: Kysely<DB>, table: T, rows: Insertable<DB[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto(table).values(rows.slice(i, i + 500) as never).execute();
  }
}
