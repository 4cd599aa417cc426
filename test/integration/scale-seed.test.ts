import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareRollupsWithRawRows, ROLLUP_TABLES, withCouncil, type Database } from "@pb/db";
import { finishScaleSeed, findScaleCouncils, makeScaleId, planScale, SCALE_AMENDMENT_FROM, SCALE_TODAY, seedScale } from "@pb/db/seed";
import { runWhatIf } from "@pb/services";
import { openTestDatabase } from "./support/database";

// The scale seeds at their smallest: the same generator and loader as county and national, two councils.
const COUNCIL_TABLES = [
  "child", "plan", "plan_outcome", "pb_request", "request_line", "decision", "budget", "budget_line",
  "agreement", "payment", "review", "cessation", "disagreement", "policy_version", "council_membership",
] as const;

let database: Database;

async function councilIds(): Promise<string[]> {
  return (await findScaleCouncils(database, "tiny")).map((c) => c.id);
}

/** Every row of the tiny councils, table by table in id order, as one digest per table. */
async function digestRows(): Promise<Record<string, { rows: number; sha: string }>> {
  const ids = await councilIds();
  const out: Record<string, { rows: number; sha: string }> = {};
  for (const table of COUNCIL_TABLES) {
    const order = table === "council_membership" ? sql`user_id, role` : sql`id`;
    const { rows } = await sql<{ row: string }>`select (t.*)::text as row from ${sql.table(table)} t where council_id = any(${ids}::uuid[]) order by ${order}`.execute(database.db);
    out[table] = { rows: rows.length, sha: createHash("sha256").update(rows.map((r) => r.row).join("\n")).digest("hex") };
  }
  const users = await sql<{ row: string }>`select (u.*)::text as row from app_user u where id in (select user_id from council_membership where council_id = any(${ids}::uuid[])) order by id`.execute(database.db);
  out.app_user = { rows: users.rows.length, sha: createHash("sha256").update(users.rows.map((r) => r.row).join("\n")).digest("hex") };
  return out;
}

/** Takes the tiny councils out again; published policy versions are frozen, so with triggers off. */
async function removeTinyCouncils(): Promise<void> {
  const ids = await councilIds();
  await database.db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    const users = (await trx.selectFrom("council_membership").select("user_id").where("council_id", "in", ids).execute()).map((r) => r.user_id);
    for (const table of [...COUNCIL_TABLES].reverse().concat(["audit_log"] as never, ROLLUP_TABLES as never)) {
      await sql`delete from ${sql.table(table)} where council_id = any(${ids}::uuid[])`.execute(trx);
    }
    await trx.deleteFrom("app_user").where("id", "in", users).execute();
    await trx.deleteFrom("council").where("id", "in", ids).execute();
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
}, 120_000);
afterAll(async () => database?.close());

describe("scale seed, tiny", () => {
  let first: Record<string, { rows: number; sha: string }>;

  it("loads every table by COPY with foreign keys and triggers checked, each council in its own transaction", async () => {
    const summary = await seedScale(database, { scale: "tiny", enforceTriggers: true });
    expect(summary).toMatchObject({ created: true, councilsLoaded: 2, councilsFound: 0, triggersSkipped: false });
    expect(summary.councilIds).toHaveLength(2);
    // With triggers on, the rollups were kept by the dashboards' triggers as the rows went in.
    for (const id of summary.councilIds) expect(await compareRollupsWithRawRows(database.db, id)).toEqual([]);
    await finishScaleSeed(database, summary.councilIds);
    first = await digestRows();
    for (const table of COUNCIL_TABLES) expect(first[table]?.rows, table).toBeGreaterThan(0);
    expect(first.payment?.rows).toBe(summary.rows.payment);
    expect(first.request_line?.rows).toBe(summary.rows.request_line);
    const plan = planScale("tiny");
    const ehcps = await sql<{ n: number }>`select count(*)::int as n from plan where type = 'ehcp' and status <> 'ceased' and council_id = any(${summary.councilIds}::uuid[])`.execute(database.db);
    expect(ehcps.rows[0]?.n).toBe(plan.councils.reduce((s, c) => s + c.ehcpChildren, 0));
  });

  it("says so and changes nothing when run again", async () => {
    const again = await seedScale(database, { scale: "tiny" });
    expect(again).toMatchObject({ created: false, councilsLoaded: 0, councilsFound: 2, totalRows: 0 });
    expect(await digestRows()).toEqual(first);
  });

  it("writes identical rows on a second run from scratch, with triggers off as a bulk load has them", async () => {
    await removeTinyCouncils();
    const summary = await seedScale(database, { scale: "tiny" });
    expect(summary.created).toBe(true);
    expect(await digestRows()).toEqual(first);
    // Loaded with the rollups' upkeep off, they agree with the raw rows once rebuilt.
    await finishScaleSeed(database, summary.councilIds);
    for (const id of summary.councilIds) expect(await compareRollupsWithRawRows(database.db, id)).toEqual([]);
  });

  it("records checks that the policy in force gives again on the stored facts: the what-if of that version changes nothing", async () => {
    for (const [i, council] of planScale("tiny").councils.entries()) {
      const councilId = (await councilIds())[i] ?? "";
      const amended = makeScaleId(planScale("tiny").code, "policy_version", council.index, 2);
      const result = await withCouncil(database.db, councilId, (trx) =>
        runWhatIf({ db: trx, councilId, actorUserId: null, today: SCALE_TODAY }, { from: SCALE_AMENDMENT_FROM, to: SCALE_TODAY, policyVersionId: amended }),
      );
      expect(result.summary.checked).toBeGreaterThan(0);
      expect(result.summary.changed).toBe(0);
      expect(result.skipped).toBe(0);
    }
  });

  it("keeps the rows consistent: budget lines come from approved decisions, payments from their lines, each council's rows its own", async () => {
    const ids = await councilIds();
    const orphans = await sql<{ n: number }>`
      select count(*)::int as n from budget_line bl
      left join decision d on d.council_id = bl.council_id and d.id = bl.decision_id
      where bl.council_id = any(${ids}::uuid[]) and (d.id is null or d.outcome = 'refused')`.execute(database.db);
    expect(orphans.rows[0]?.n).toBe(0);
    const mismatched = await sql<{ n: number }>`
      select count(*)::int as n from payment p join budget_line bl on bl.council_id = p.council_id and bl.id = p.budget_line_id
      where p.council_id = any(${ids}::uuid[]) and (p.stream <> bl.stream or p.arrangement <> bl.arrangement or p.due_on < bl.starts_on or p.due_on > bl.ends_on)`.execute(database.db);
    expect(mismatched.rows[0]?.n).toBe(0);
    const versions = await sql<{ n: number }>`select count(*)::int as n from policy_version where council_id = any(${ids}::uuid[]) and status = 'published'`.execute(database.db);
    expect(versions.rows[0]?.n).toBe(4);
  });
});
