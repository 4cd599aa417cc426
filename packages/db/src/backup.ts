import { spawn } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, openSync, readSync, closeSync } from "node:fs";

/** Where a backup comes from or a restore goes: the same two kinds of database the product runs on. */
export type BackupTarget = { backend: "postgres"; url: string } | { backend: "pglite"; dataDir: string };

export class BackupError extends Error {}

// A custom-format pg_dump file starts "PGDMP"; PGlite's dumpDataDir writes a gzipped tarball.
const PG_DUMP_MAGIC = "PGDMP";
const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Writes a backup of the whole database to `file`: PostgreSQL's own custom format (pg_dump -Fc, to
 * be read by pg_restore of the same or a newer major version), or PGlite's data folder as a gzipped
 * tarball (dumpDataDir). The PGlite folder must not be open in another process (stop the console).
 */
export async function backupDatabase(target: BackupTarget, file: string): Promise<{ bytes: number }> {
  // A backup holds children's records and password hashes: readable by its owner only, whatever the umask.
  writeFileSync(file, "", { mode: 0o600 });
  chmodSync(file, 0o600);
  if (target.backend === "postgres") {
    // pg_dump truncates the file it is given and keeps its mode.
    await runClientTool("pg_dump", ["--format=custom", "--compress=6", `--file=${file}`], target.url);
  } else {
    if (!existsSync(target.dataDir) || readdirSync(target.dataDir).length === 0) throw new BackupError(`there is no embedded database at ${target.dataDir}`);
    const { PGlite } = await import("@electric-sql/pglite");
    const client = await PGlite.create(target.dataDir);
    try {
      const tarball = await client.dumpDataDir("gzip");
      writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await client.close();
    }
  }
  return { bytes: statSync(file).size };
}

export type RestoreResult = { replaced: boolean; keptAside: string | null };

/**
 * Restores `file` into the target. A database that already holds tables (PostgreSQL) or an existing
 * data folder (PGlite) is refused unless `force`: then PostgreSQL's objects in the dump are dropped
 * and re-created (pg_restore --clean), and PGlite's old folder is moved aside, not deleted. On
 * PostgreSQL the restore is one transaction: it ends restored or unchanged.
 */
export async function restoreDatabase(target: BackupTarget, file: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  if (!existsSync(file)) throw new BackupError(`no backup file at ${file}`);
  const kind = backupFileKind(file);
  if (kind !== target.backend) {
    throw new BackupError(
      kind === "postgres" ? `${file} is a PostgreSQL dump: set DATABASE_URL to restore it into PostgreSQL`
        : kind === "pglite" ? `${file} is an embedded (PGlite) backup: unset DATABASE_URL to restore it into a PGlite folder`
        : `${file} is not a backup made by pb backup`,
    );
  }
  const empty = await isDatabaseEmpty(target);
  if (!empty && !options.force) {
    throw new BackupError(
      target.backend === "postgres"
        ? "the target database already holds tables: restore into a new, empty database, or pass --force to replace what the backup holds"
        : `${target.dataDir} already holds a database: restore into a new folder (PB_DATA_DIR), or pass --force to move the old one aside`,
    );
  }
  if (target.backend === "postgres") {
    const clean = empty ? [] : ["--clean", "--if-exists"];
    await runClientTool("pg_restore", ["--exit-on-error", "--single-transaction", "--no-owner", ...clean, `--dbname=${libpqEnvironment(target.url).PGDATABASE ?? "postgres"}`, file], target.url);
    return { replaced: !empty, keptAside: null };
  }
  let keptAside: string | null = null;
  if (!empty) {
    keptAside = `${target.dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(target.dataDir, keptAside);
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const client = await PGlite.create(target.dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  await client.close();
  return { replaced: !empty, keptAside };
}

/** Whether a restore could write without replacing anything. */
export async function isDatabaseEmpty(target: BackupTarget): Promise<boolean> {
  if (target.backend === "pglite") return !existsSync(target.dataDir) || readdirSync(target.dataDir).length === 0;
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: target.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: string }>(
      `select count(*) as tables from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`,
    );
    return Number(rows[0]?.tables ?? 0) === 0;
  } finally {
    await client.end();
  }
}

export function backupFileKind(file: string): "postgres" | "pglite" | "unknown" {
  const head = Buffer.alloc(5);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === PG_DUMP_MAGIC) return "postgres";
  if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return "pglite";
  return "unknown";
}

/**
 * The connection goes to pg_dump and pg_restore through libpq's environment variables, never the
 * command line, where any user of the machine could read the password.
 */
export function libpqEnvironment(url: string): Record<string, string> {
  const u = new URL(url);
  const env: Record<string, string> = {};
  const host = u.searchParams.get("host") ?? decodeURIComponent(u.hostname);
  if (host) env.PGHOST = host;
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const database = decodeURIComponent(u.pathname.slice(1));
  if (database) env.PGDATABASE = database;
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function runClientTool(tool: "pg_dump" | "pg_restore", args: string[], url: string): Promise<void> {
  const { PGHOST: _h, PGPORT: _p, PGUSER: _u, PGPASSWORD: _w, PGDATABASE: _d, PGSSLMODE: _s, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env: { ...inherited, ...libpqEnvironment(url) }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new BackupError(`${tool} is not on PATH: install PostgreSQL's client tools, of the server's major version or newer`) : error),
    );
    child.on("close", (code) => (code === 0 ? resolve() : reject(new BackupError(`${tool} failed (exit ${code}): ${stderr.trim()}`))));
  });
}
