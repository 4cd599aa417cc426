import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyPostgresDatabase } from "../integration/support/database";
import { TEST_SERVER_URL } from "../integration/support/test-server-url";

// Issue 22: the release folder runs on a machine with only Node and PostgreSQL. It is written from the
// console's production build that `pnpm test` has just made (--no-build) into a folder outside the
// repository, nothing else is copied there, and it runs with an environment holding no NODE_PATH: Node
// can find no module of the repository's, so anything the folder lacks fails here.
const root = resolve(import.meta.dirname, "../..");
const RUNTIME_ROLE = "pb_release_runtime_test";
const RUNTIME_PASSWORD = "pb-release-runtime-test";
const REQUEST_ID = "release-test-0001";

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

/** A host's bare environment: a PATH for the shell's tools, a HOME and NODE_ENV, nothing of this repository's. */
function cleanEnv(home: string, extra: Record<string, string>): NodeJS.ProcessEnv & { NODE_ENV: "production" } {
  return { PATH: "/usr/local/bin:/usr/bin:/bin", HOME: home, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

let work: string;
let folder: string;
const databases: string[] = [];
const servers: Running[] = [];
let runtimeUrl: URL;
let main: Running;

/** A `node server.js` of the folder, with everything it printed. */
type Running = { process: ChildProcess; baseUrl: string; output: () => string };

/** An empty database (dropped after the file) and its owner URL. */
async function emptyDatabase(suffix: string): Promise<URL> {
  const { name, url } = await createEmptyPostgresDatabase(`${suffix}_${process.pid}`, TEST_SERVER_URL);
  databases.push(name);
  return url;
}

/** The same URL as the runtime role, which README's production set-up makes once per server. */
function asRuntimeRole(ownerUrl: URL): URL {
  const url = new URL(ownerUrl);
  url.username = RUNTIME_ROLE;
  url.password = RUNTIME_PASSWORD;
  return url;
}

/** `node pb.mjs migrate` of the folder, as the owner. */
function migrate(ownerUrl: URL): void {
  const migrated = spawnSync(process.execPath, ["pb.mjs", "migrate"], { cwd: folder, env: cleanEnv(work, { DATABASE_OWNER_URL: ownerUrl.toString() }), encoding: "utf8" });
  expect(migrated.status, migrated.stderr).toBe(0);
}

async function startRelease(databaseUrl: URL): Promise<Running> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn(process.execPath, ["server.js"], {
    cwd: folder,
    env: cleanEnv(work, {
      DATABASE_URL: databaseUrl.toString(),
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      PB_BANK_DETAILS_KEY: randomBytes(32).toString("base64"),
    }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const running = { process: child, baseUrl, output: () => output };
  servers.push(running);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the release's server exited with code ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the release's server did not answer within 120 s:\n${output}`);
    try {
      await fetch(`${baseUrl}/healthz`);
      return running;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** The server's whole log lines that are JSON objects (Next prints a few plain lines of its own as it starts). */
function jsonLines(running: Running = main): Record<string, unknown>[] {
  return running
    .output()
    .split("\n")
    .slice(0, -1)
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "pb-release-"));
  expect(relative(root, work).startsWith("..")).toBe(true);
  folder = join(work, "release");
  const built = spawnSync(process.execPath, ["apps/cli/bin/pb.mjs", "release", "--no-build", "--out", folder], { cwd: root, encoding: "utf8" });
  expect(built.status, built.stderr).toBe(0);
  expect(JSON.parse(built.stdout)).toMatchObject({ folder, database: "postgresql" });

  const ownerUrl = await emptyDatabase("release");
  // README, Production set-up: the owner migrates with the release's own pb…
  migrate(ownerUrl);
  // …then makes the runtime role the console logs in as: in pb_app, owning nothing.
  const owner = new pg.Client({ connectionString: ownerUrl.toString() });
  await owner.connect();
  try {
    await owner.query(`do $$ begin
      create role ${RUNTIME_ROLE} login password '${RUNTIME_PASSWORD}' in role pb_app;
    exception when duplicate_object or unique_violation then null; end $$`);
  } finally {
    await owner.end();
  }
  runtimeUrl = asRuntimeRole(ownerUrl);
  main = await startRelease(runtimeUrl);
}, 300_000);

afterAll(async () => {
  for (const { process: child } of servers) {
    if (!child.pid || child.exitCode !== null) continue;
    process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  try {
    for (const name of databases) await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the release folder, outside the repository with only Node and PostgreSQL", () => {
  it("holds the server, pb with the migrations inside, and no link out of itself", () => {
    for (const file of ["server.js", "pb.mjs", "Dockerfile", "README.md", "release.json", "console/apps/console/server.js"]) expect(existsSync(join(folder, file)), file).toBe(true);
    const manifest = JSON.parse(readFileSync(join(folder, "release.json"), "utf8"));
    expect(manifest).toMatchObject({ database: "postgresql", lastMigration: expect.stringMatching(/^\d{4}-/) });
    expect(readFileSync(join(folder, "pb.mjs"), "utf8")).toContain(manifest.lastMigration);
  });

  it("is alive at /healthz and ready at /readyz: reached as the runtime role, with its migrations current", async () => {
    const health = await fetch(`${main.baseUrl}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
    const ready = await fetch(`${main.baseUrl}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { ready: true, database: "reachable", migrations: "current" }]);
  });

  it("serves the sign-in page, echoes a well-formed X-Request-Id and logs the request as JSON without the query", async () => {
    const page = await fetch(`${main.baseUrl}/sign-in?email=jane.doe%40example.test`, { headers: { "x-request-id": REQUEST_ID } });
    expect(page.status).toBe(200);
    expect(page.headers.get("x-request-id")).toBe(REQUEST_ID);
    expect(await page.text()).toContain("Sign in");
    await expect.poll(() => jsonLines().filter((line) => line.requestId === REQUEST_ID), { timeout: 10_000 }).toEqual([
      expect.objectContaining({ level: "info", event: "request", method: "GET", path: "/sign-in", time: expect.any(String) }),
    ]);
  });

  it("replaces an ill-formed request id with its own, and logs no address given as one", async () => {
    const page = await fetch(`${main.baseUrl}/sign-in`, { headers: { "x-request-id": "jane.doe@example.test" } });
    const id = page.headers.get("x-request-id") ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => jsonLines().some((line) => line.requestId === id), { timeout: 10_000 }).toBe(true);
    expect(main.output()).not.toContain("jane.doe");
  });

  it("sends a signed-out visitor of a console page to sign in, the probes excepted", async () => {
    const page = await fetch(`${main.baseUrl}/dashboards`, { redirect: "manual" });
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toContain("/sign-in");
  });

  it("refuses to start without DATABASE_URL, saying why: the release runs on PostgreSQL only", () => {
    const refused = spawnSync(process.execPath, ["server.js"], { cwd: folder, env: cleanEnv(work, {}), encoding: "utf8", timeout: 30_000 });
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stderr.trim())).toMatchObject({ level: "error", event: "release.database_url_missing" });
  });
});

describe("a release started before its migrations ran", () => {
  it("is alive but not ready, then ready without a restart once the owner migrates", async () => {
    const ownerUrl = await emptyDatabase("release_pending");
    const behind = await startRelease(asRuntimeRole(ownerUrl));
    const health = await fetch(`${behind.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const pending = await fetch(`${behind.baseUrl}/readyz`);
    expect([pending.status, await pending.json()]).toEqual([503, { ready: false, database: "reachable", migrations: "pending" }]);
    expect(jsonLines(behind)).toContainEqual(expect.objectContaining({ level: "error", event: "database.not_ready_at_start", migrations: "pending" }));

    migrate(ownerUrl);
    const ready = await fetch(`${behind.baseUrl}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { ready: true, database: "reachable", migrations: "current" }]);
    expect((await fetch(`${behind.baseUrl}/sign-in`)).status).toBe(200);
  });
});
