import { Kysely, PostgresDialect, sql, type PostgresPool, type PostgresPoolClient } from "kysely";
import pg from "pg";
import type { Database, DB } from "@pb/db";

type Client = pg.PoolClient & { processID?: number };

/**
 * The app's own pool behind a Kysely whose next transaction can be cut: armed with n, the server
 * process serving the transaction is terminated (pg_terminate_backend, from a superuser connection)
 * just before its nth statement (1 is `begin`) is sent, as when the server, or the network, goes away
 * between two statements of a request. Requests go through `db` as the console's would.
 */
export class ConnectionKiller {
  readonly db: Kysely<DB>;
  private armedAt: number | null = null;
  private fired = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly admin: pg.Client,
  ) {
    const wrapped: PostgresPool = {
      connect: async () => this.wrap((await this.pool.connect()) as Client),
      // The pool is the app's: its Database closes it.
      end: async () => undefined,
    };
    this.db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: wrapped }) });
  }

  static async open(database: Database, adminUrl: string): Promise<ConnectionKiller> {
    if (!database.raw.pg) throw new Error("connection faults need PostgreSQL");
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    return new ConnectionKiller(database.raw.pg, admin);
  }

  /** Kill the connection before the nth statement of the next transaction. */
  arm(statement: number): void {
    this.armedAt = statement;
    this.fired = false;
  }

  /** Whether the armed kill happened; disarms. */
  disarm(): boolean {
    const fired = this.fired;
    this.armedAt = null;
    this.fired = false;
    return fired;
  }

  async close(): Promise<void> {
    await this.admin.end();
  }

  /** Terminates every other server process of the database, as a restart of the server does; how many there were. */
  async terminateAll(): Promise<number> {
    const { rows } = await this.admin.query<{ pid: number }>(
      "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'",
    );
    for (const { pid } of rows) await this.admin.query("select pg_terminate_backend($1)", [pid]);
    await this.waitGone(rows.map((r) => r.pid));
    return rows.length;
  }

  private async waitGone(pids: number[]): Promise<void> {
    for (let i = 0; i < 500; i++) {
      const { rowCount } = await this.admin.query("select 1 from pg_stat_activity where pid = any($1)", [pids]);
      if (!rowCount) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`server processes ${pids.join(", ")} did not end`);
  }

  private wrap(client: Client): PostgresPoolClient {
    // Statements of the transaction running on this client so far; 0 outside one.
    let inTransaction = 0;
    const before = async (text: string) => {
      if (/^\s*(begin|start transaction)/i.test(text)) inTransaction = 1;
      else if (inTransaction > 0) inTransaction += 1;
      if (this.armedAt !== null && !this.fired && inTransaction === this.armedAt && client.processID) {
        this.fired = true;
        await this.admin.query("select pg_terminate_backend($1)", [client.processID]);
        await this.waitGone([client.processID]);
      }
      if (/^\s*(commit|rollback)\s*$/i.test(text)) inTransaction = 0;
    };
    return {
      query: (async (text: string, parameters: readonly unknown[]) => {
        await before(text);
        return client.query(text, parameters as unknown[]);
      }) as unknown as PostgresPoolClient["query"],
      release: () => client.release(),
    };
  }
}

/**
 * Every row of a council, table by table: its row count and a digest of the rows' text, read as the
 * superuser in one statement. Two equal fingerprints mean nothing of the council was written in between.
 */
export async function councilFingerprint(db: Kysely<DB>, councilId: string): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'council_id' and not a.attisdropped
    where c.relkind in ('r', 'p') order by 1`.execute(db);
  const perTable = tables.map(
    ({ name }) => sql`select ${name}::text as name, count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
      from ${sql.table(name)} t where t.council_id = ${councilId}`,
  );
  const { rows } = await sql<{ name: string; n: number; digest: string }>`${sql.join(perTable, sql` union all `)}`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.name, `${r.n} rows, ${r.digest}`]));
}
