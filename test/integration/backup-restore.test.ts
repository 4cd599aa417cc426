import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type Kysely } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createDatabase, migrateToLatest, verifyAuditChains, type Database, type DB } from "@pb/db";
import { BackupError, backupDatabase, restoreDatabase, type BackupTarget } from "@pb/db/backup";
import { seedDemo } from "@pb/db/seed";
import { createEmptyPostgresDatabase } from "./support/database";

// Issue 19: the backup and restore drill. A small council is seeded, backed up with `pb backup`'s
// function, restored into a NEW database (PostgreSQL: a fresh database; PGlite: a new folder), and
// every table must hold the same rows (count and checksum) with every audit chain whole.
const postgres = process.env.PB_TEST_BACKEND === "postgres";
const work = mkdtempSync(join(tmpdir(), "pb-backup-drill-"));
const backupFile = join(work, "drill.backup");
const made: string[] = [];

let source: BackupTarget;
let restored: BackupTarget;

async function makePostgresDatabase(suffix: string): Promise<string> {
  const { name, url } = await createEmptyPostgresDatabase(suffix);
  made.push(name);
  return url.toString();
}

async function open(target: BackupTarget): Promise<Database> {
  return createDatabase(target.backend === "postgres" ? { backend: "postgres", url: target.url, poolSize: 2 } : { backend: "pglite", dataDir: target.dataDir });
}

/** Each table's row count and an md5 of its rows in a fixed order: what a restore must give back. */
async function tableFingerprints(db: Kysely<DB>): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const prints: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const { rows } = await sql<{ n: number; sum: string }>`
      select count(*) as n, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as sum from ${sql.table(name)} t`.execute(db);
    prints[name] = `${rows[0]?.n} rows, md5 ${rows[0]?.sum}`;
  }
  return prints;
}

let before: Record<string, string>;

beforeAll(async () => {
  source = postgres ? { backend: "postgres", url: await makePostgresDatabase("drill_source") } : { backend: "pglite", dataDir: join(work, "source") };
  restored = postgres ? { backend: "postgres", url: await makePostgresDatabase("drill_restored") } : { backend: "pglite", dataDir: join(work, "restored") };
  const database = await open(source);
  try {
    await migrateToLatest(database.db);
    await seedDemo(database.db, { children: 12 });
    before = await tableFingerprints(database.db);
  } finally {
    await database.close();
  }
});

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  if (!postgres || made.length === 0) return;
  const admin = new pg.Client({ connectionString: inject("postgresUrl") });
  await admin.connect();
  for (const name of made) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

describe(`backup and restore drill (${postgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("restores into a new database every table's rows, with every audit chain whole", async () => {
    expect(Number(before.audit_log?.split(" ")[0])).toBeGreaterThan(0);
    const { bytes } = await backupDatabase(source, backupFile);
    expect(bytes).toBeGreaterThan(0);
    // Children's records and password hashes: the file is its owner's alone.
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    await restoreDatabase(restored, backupFile);

    const database = await open(restored);
    try {
      expect(await tableFingerprints(database.db)).toEqual(before);
      const chains = await verifyAuditChains(database.db);
      expect(chains.length).toBeGreaterThan(0);
      for (const chain of chains) expect([chain.slug, chain.firstBreak]).toEqual([chain.slug, null]);
      expect(chains.reduce((n, c) => n + c.rows, 0)).toBe(Number(before.audit_log?.split(" ")[0]));
    } finally {
      await database.close();
    }
  });

  it("refuses to restore over a database that holds data unless forced, and forced, replaces it", async () => {
    await expect(restoreDatabase(restored, backupFile)).rejects.toThrow(BackupError);
    const result = await restoreDatabase(restored, backupFile, { force: true });
    expect(result.replaced).toBe(true);
    if (!postgres) expect(result.keptAside).toMatch(/restored\.before-restore-/);
    const database = await open(restored);
    try {
      expect(await tableFingerprints(database.db)).toEqual(before);
    } finally {
      await database.close();
    }
  });

  it("refuses a backup of the other kind of database", async () => {
    const other: BackupTarget = postgres ? { backend: "pglite", dataDir: join(work, "other") } : { backend: "postgres", url: "postgres://nobody@127.0.0.1:1/none" };
    await expect(restoreDatabase(other, backupFile)).rejects.toThrow(postgres ? /is a PostgreSQL dump/ : /is an embedded \(PGlite\) backup/);
  });
});
