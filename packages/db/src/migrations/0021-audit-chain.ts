import { sql, type Kysely } from "kysely";

// Issue 19: a tamper-evident audit log. Each council's rows form one hash chain: a row's `seq` is its
// place in the chain (1, 2, 3, … per council, no gaps) and its `hash` is
//   sha256(previous row's hash || UTF-8 of the row's canonical encoding)
// where the first row's "previous hash" is the council's genesis value. Editing a row's fields breaks
// its own hash; deleting a row leaves a gap in `seq` and breaks the next row's link. `pb audit verify`
// walks the chains.
//
// The hash and the encoding live here only, as SQL functions: the trigger that writes every row, the
// backfill below and the verification all call them, on PGlite and PostgreSQL alike (sha256() is
// built in; pgcrypto is not available on PGlite). The encoding is a jsonb array whose text form is
// deterministic: jsonb orders object keys itself, and the time is an integer of microseconds since
// the epoch, so no session setting (TimeZone, DateStyle) can change it.
//
// Concurrency: the trigger takes a transaction-scoped advisory lock per council before reading the
// chain's head, so two transactions of one council take turns from their first audit row to their
// commit and never fork the chain; the unique (council_id, seq) index refuses a fork if anything
// slipped past the lock (e.g. a REPEATABLE READ transaction's older snapshot). Councils never wait
// on each other. The trigger is ENABLE ALWAYS so that bulk loads with session_replication_role =
// replica (the scale seed) still chain their rows.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log add column seq bigint, add column hash bytea`.execute(db);

  await sql`
    create function audit_chain_genesis(council uuid) returns bytea
    language sql immutable parallel safe
    return sha256(convert_to('pb.audit_log.genesis:' || council::text, 'UTF8'))`.execute(db);

  await sql`
    create function audit_chain_hash(prev bytea, r audit_log) returns bytea
    language sql immutable parallel safe
    return sha256(prev || convert_to(jsonb_build_array(
      r.council_id, r.seq, r.id, r.actor_user_id, r.child_id, r.action, r.entity, r.entity_id,
      r.before, r.after, (extract(epoch from r.at) * 1000000)::bigint
    )::text, 'UTF8'))`.execute(db);

  await sql`
    create function audit_chain_link() returns trigger language plpgsql set search_path = pg_catalog, public, pg_temp as $$
    declare
      head record;
    begin
      perform pg_advisory_xact_lock(hashtext('pb.audit_log:' || new.council_id::text));
      select a.seq, a.hash into head from public.audit_log a where a.council_id = new.council_id order by a.seq desc limit 1;
      new.seq := coalesce(head.seq, 0) + 1;
      new.hash := audit_chain_hash(coalesce(head.hash, audit_chain_genesis(new.council_id)), new);
      return new;
    end $$`.execute(db);

  // The rows already there are chained in the order they were written: by id, the identity every
  // insert took, which is unique and never changes. The owner that migrates bypasses row-level
  // security (ADR 0004), so it sees every council's rows.
  await sql`
    do $$
    declare
      c record;
      r public.audit_log%rowtype;
      n bigint;
      prev bytea;
    begin
      for c in select id as council_id from council union select distinct council_id from audit_log order by council_id loop
        n := 0;
        prev := audit_chain_genesis(c.council_id);
        for r in select * from audit_log where council_id = c.council_id order by id loop
          n := n + 1;
          r.seq := n;
          prev := audit_chain_hash(prev, r);
          update audit_log set seq = n, hash = prev where council_id = c.council_id and id = r.id;
        end loop;
      end loop;
    end $$`.execute(db);

  await sql`alter table audit_log alter column seq set not null, alter column hash set not null`.execute(db);
  await sql`alter table audit_log add constraint audit_log_chain_key unique (council_id, seq)`.execute(db);
  await sql`create trigger audit_chain_link before insert on audit_log for each row execute function audit_chain_link()`.execute(db);
  await sql`alter table audit_log enable always trigger audit_chain_link`.execute(db);

  // The application appends and reads; it never rewrites history (0001 granted only select and
  // insert: this says so again in case a broader grant is ever added).
  await sql`revoke update, delete, truncate on audit_log from pb_app, public`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists audit_chain_link on audit_log`.execute(db);
  await sql`drop function if exists audit_chain_link()`.execute(db);
  await sql`alter table audit_log drop constraint if exists audit_log_chain_key`.execute(db);
  await sql`drop function if exists audit_chain_hash(bytea, audit_log)`.execute(db);
  await sql`drop function if exists audit_chain_genesis(uuid)`.execute(db);
  await sql`alter table audit_log drop column if exists seq, drop column if exists hash`.execute(db);
}
