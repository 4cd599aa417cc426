import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChains, withCouncil, writeAudit, type Database } from "@pb/db";
import { seedDemo } from "@pb/db/seed";
import * as auditChainMigration from "../../packages/db/src/migrations/0021-audit-chain";
import { createTestCouncil } from "./support/councils";
import { openOwnTestDatabase } from "./support/database";

// Issue 19: every audit row is chained to the one before it in its council; `verifyAuditChains` (what
// `pb audit verify` prints) names the first row edited or missing. The edits are made as the
// connection's superuser, as an attacker with the database would.
let database: Database;
beforeAll(async () => {
  database = await openOwnTestDatabase("audit_chain");
});
afterAll(async () => {
  await database?.close();
});

const sha256 = (...parts: (Buffer | string)[]) => createHash("sha256").update(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p)))).digest();

async function councilWithRows(label: string, rows: number) {
  const council = await createTestCouncil(database.db, label);
  for (let i = 1; i <= rows; i++) {
    await withCouncil(database.db, council.id, (trx) =>
      writeAudit(trx, { councilId: council.id, actorUserId: council.users.admin, action: "test.write", entity: "thing", entityId: `t-${i}`, after: { i } }),
    );
  }
  return council;
}

const chainOf = async (councilId: string) => {
  const [chain] = await verifyAuditChains(database.db, { councilIds: [councilId] });
  if (!chain) throw new Error("no chain");
  return chain;
};

describe("the audit chain's hash", () => {
  it("is sha256 of the previous hash and the row's canonical encoding, from the council's genesis value", async () => {
    const council = await createTestCouncil(database.db, "Known answer");
    await withCouncil(database.db, council.id, (trx) =>
      trx.insertInto("audit_log").values({
        council_id: council.id, actor_user_id: null, action: "test.known", entity: "thing", entity_id: "é-1",
        before: null, after: JSON.stringify({ b: [true, "x"], a: 1 }), at: new Date("2026-01-02T03:04:05.678Z"),
      }).execute(),
    );
    const row = await database.db.selectFrom("audit_log").select(["id", "seq", sql<string>`encode(hash, 'hex')`.as("hash")]).where("council_id", "=", council.id).executeTakeFirstOrThrow();
    const genesis = sha256(`pb.audit_log.genesis:${council.id}`);
    // jsonb's text form: ", " between items, keys sorted (by length, then bytes), the time in microseconds.
    const encoding = `["${council.id}", 1, ${row.id}, null, null, "test.known", "thing", "é-1", null, {"a": 1, "b": [true, "x"]}, ${Date.parse("2026-01-02T03:04:05.678Z") * 1000}]`;
    expect(row.seq).toBe(1);
    expect(row.hash).toBe(sha256(genesis, encoding).toString("hex"));
  });

  it("chains each row to the one before it, whatever seq or hash the writer offers", async () => {
    const council = await councilWithRows("Linked", 2);
    await withCouncil(database.db, council.id, (trx) =>
      trx.insertInto("audit_log").values({ council_id: council.id, actor_user_id: null, action: "forged", entity: "thing", entity_id: null, before: null, after: null, seq: 1, hash: new Uint8Array(32) }).execute(),
    );
    const rows = await database.db.selectFrom("audit_log").select(["seq", "action"]).where("council_id", "=", council.id).orderBy("seq").execute();
    expect(rows.map((r) => [r.seq, r.action])).toEqual([[1, "test.write"], [2, "test.write"], [3, "forged"]]);
    expect((await chainOf(council.id)).firstBreak).toBeNull();
  });
});

describe("verifying the chains", () => {
  it("passes on the demo seed", async () => {
    const { councilId } = await seedDemo(database.db, { children: 24 });
    const chain = await chainOf(councilId);
    expect(chain.rows).toBeGreaterThan(24);
    expect(chain.headSeq).toBe(chain.rows);
    expect(chain.firstBreak).toBeNull();
  });

  it("names the row whose details a superuser edited", async () => {
    const council = await councilWithRows("Edited", 6);
    expect((await chainOf(council.id)).firstBreak).toBeNull();
    const edited = await database.db.selectFrom("audit_log").select("id").where("council_id", "=", council.id).where("seq", "=", 4).executeTakeFirstOrThrow();
    await sql`update audit_log set after = '{"i": 40}' where council_id = ${council.id} and seq = 4`.execute(database.db);
    expect((await chainOf(council.id)).firstBreak).toEqual({ kind: "altered", id: String(edited.id), seq: 4 });
  });

  it("names the row after an edit whose hash was recomputed to hide it", async () => {
    const council = await councilWithRows("Rehashed", 5);
    await sql`update audit_log set action = 'hidden' where council_id = ${council.id} and seq = 2`.execute(database.db);
    await sql`update audit_log a set hash = audit_chain_hash((select p.hash from audit_log p where p.council_id = a.council_id and p.seq = 1), a)
      where council_id = ${council.id} and seq = 2`.execute(database.db);
    const chain = await chainOf(council.id);
    expect(chain.firstBreak).toMatchObject({ kind: "altered", seq: 3 });
  });

  it("names the rows missing after a deletion in the middle, and after the first row's", async () => {
    const council = await councilWithRows("Deleted", 7);
    await sql`delete from audit_log where council_id = ${council.id} and seq in (3, 4)`.execute(database.db);
    const next = await database.db.selectFrom("audit_log").select("id").where("council_id", "=", council.id).where("seq", "=", 5).executeTakeFirstOrThrow();
    expect((await chainOf(council.id)).firstBreak).toEqual({ kind: "missing", id: String(next.id), seq: 5, missingFrom: 3, missingTo: 4 });

    await sql`delete from audit_log where council_id = ${council.id} and seq = 1`.execute(database.db);
    expect((await chainOf(council.id)).firstBreak).toMatchObject({ kind: "missing", seq: 2, missingFrom: 1, missingTo: 1 });
  });

  it("does not fork when transactions of one council write at the same time", async () => {
    const council = await createTestCouncil(database.db, "Concurrent");
    const writers = Array.from({ length: 8 }, (_, w) =>
      withCouncil(database.db, council.id, async (trx) => {
        for (let i = 0; i < 3; i++) {
          await writeAudit(trx, { councilId: council.id, actorUserId: null, action: "test.race", entity: "writer", entityId: `${w}-${i}` });
          await new Promise((r) => setTimeout(r, 2));
        }
      }),
    );
    await Promise.all(writers);
    const chain = await chainOf(council.id);
    expect([chain.rows, chain.headSeq, chain.firstBreak]).toEqual([24, 24, null]);
  });
});

describe("migration 0021's backfill", () => {
  it("chains the rows already there in the order they were written (by id), each council from its genesis", async () => {
    const north = await councilWithRows("Backfill north", 3);
    const south = await councilWithRows("Backfill south", 2);
    await auditChainMigration.down(database.db);
    await auditChainMigration.up(database.db);
    for (const [council, rows] of [[north, 3], [south, 2]] as const) {
      const chain = await chainOf(council.id);
      expect([chain.rows, chain.headSeq, chain.firstBreak]).toEqual([rows, rows, null]);
      const ordered = await database.db.selectFrom("audit_log").select(["seq", "entity_id"]).where("council_id", "=", council.id).orderBy("id").execute();
      expect(ordered.map((r) => r.seq)).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
    }
  });
});
