import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";

// `pb audit verify`, `pb backup` and `pb restore` as an operator runs them, on the backend of the run:
// PB_DATA_DIR folders for PGlite, DATABASE_URL databases of the file's own for PostgreSQL.
const postgres = process.env.PB_TEST_BACKEND === "postgres";
const repoRoot = resolve(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "pb-audit-cli-"));
// Each call opens the database afresh, which takes seconds for PGlite on a busy machine.
const SLOW = 120_000;
const made: string[] = [];

/** A new database: a folder path for PGlite, a URL of a freshly created database for PostgreSQL. */
async function newDatabase(name: string): Promise<string> {
  if (!postgres) return join(work, name);
  const runUrl = new URL(inject("postgresUrl"));
  const database = `${runUrl.pathname.slice(1)}_cli_${name}`;
  const admin = new pg.Client({ connectionString: runUrl.toString() });
  await admin.connect();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
  await admin.end();
  made.push(database);
  runUrl.pathname = `/${database}`;
  return runUrl.toString();
}

let main = "";

function runPb(args: string[], where = main) {
  const { DATABASE_URL: _chosenBelow, PB_DATA_DIR: _too, ...env } = process.env;
  const result = spawnSync(process.execPath, ["apps/cli/bin/pb.mjs", ...args], {
    cwd: repoRoot, encoding: "utf8", env: { ...env, ...(postgres ? { DATABASE_URL: where } : { PB_DATA_DIR: where }) },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Edits the database as its superuser, as someone with the server or the files would. */
async function asSuperuser(statement: string): Promise<void> {
  if (postgres) {
    const client = new pg.Client({ connectionString: main });
    await client.connect();
    await client.query(statement).finally(() => client.end());
    return;
  }
  const db = await PGlite.create(main);
  try {
    await db.exec(statement);
  } finally {
    await db.close();
  }
}

// The first call may rebuild the bundle; a build racing another test file's can fail once, so retry.
beforeAll(async () => {
  main = await newDatabase("main");
  for (let attempt = 0; attempt < 3 && runPb([]).status !== 2; attempt++);
  // The scale seed's smallest set: two councils loaded as bulk loads are, with triggers off.
  expect(runPb(["seed", "--scale", "tiny"]).status).toBe(0);
}, 300_000);
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  if (made.length === 0) return;
  const admin = new pg.Client({ connectionString: inject("postgresUrl") });
  await admin.connect();
  for (const name of made) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

describe("pb audit verify", () => {
  it("prints OK with each council's rows and head when every chain is whole", () => {
    const { status, stdout } = runPb(["audit", "verify"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/: OK, 1 rows, head row 1 [0-9a-f]{64}\n/);
    expect(stdout).toMatch(/audit verify: OK: 2 councils, 2 audit rows, every chain whole\n$/);
  }, SLOW);

  it("exits 1 naming, for each council, the first row edited or missing", async () => {
    // Two more rows in each council, then council A's second row edited and council B's deleted.
    await asSuperuser(`
      insert into audit_log (council_id, action, entity) select id, 'extra', 'council' from council;
      insert into audit_log (council_id, action, entity) select id, 'extra', 'council' from council;
      update audit_log set after = '{"edited": true}' where seq = 2 and council_id = (select id from council where slug = 'scale-tiny-a');
      delete from audit_log where seq = 2 and council_id = (select id from council where slug = 'scale-tiny-b');`);
    const { status, stdout } = runPb(["audit", "verify"]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^Scale Tiny Council A \(scale-tiny-a\): FAILED: row 2 \(id \d+\) does not match its hash/m);
    expect(stdout).toMatch(/^Scale Tiny Council B \(scale-tiny-b\): FAILED: row 2 is missing \(deleted\) before row 3 \(id \d+\)/m);
    expect(stdout).toMatch(/audit verify: FAILED: 2 of 2 councils with a broken chain \(5 audit rows\)\n$/);
  }, SLOW);

  it("answers a missing or unknown subcommand with its usage and exit 2", () => {
    expect(runPb(["audit"]).stderr).toContain("usage: pb audit verify");
    expect(runPb(["audit", "check"]).status).toBe(2);
  }, SLOW);
});

describe("pb backup and pb restore", () => {
  it("backs up, refuses to restore over a database that holds one, and restores into a new one", async () => {
    const file = join(work, "pb.backup");
    expect(runPb(["backup", file]).status).toBe(0);
    const refused = runPb(["restore", file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(postgres ? "already holds tables" : "already holds a database");
    const restored = await newDatabase("restored");
    const done = runPb(["restore", file], restored);
    expect([done.status, done.stderr]).toEqual([0, expect.stringContaining("now run pb audit verify")]);
    // The copy is the database as it was, broken chains included; --council walks one council alone.
    const verified = runPb(["audit", "verify", "--council", "scale-tiny-a"], restored);
    expect(verified.stdout).toMatch(/^Scale Tiny Council A \(scale-tiny-a\): FAILED: row 2 .*\naudit verify: FAILED: 1 of 1 council with a broken chain \(3 audit rows\)\n$/);
  }, SLOW);

  it("names its usage without a file", () => {
    expect(runPb(["backup"]).status).toBe(2);
    expect(runPb(["restore"]).stderr).toContain("usage: pb restore <file> [--force]");
  }, SLOW);
});
