import { sql } from "kysely";
import type { ServiceContext } from "../shared/context";

// Per-council transaction locks (released at commit or rollback). PostgreSQL reads each statement
// afresh under read committed, so whoever waits sees what the holder wrote once it commits.

/**
 * Taken by whatever decides which instalments are paid how: approving a run and paying an
 * instalment by hand. One waits for the other, so the second sees the first's claim (an instalment in a
 * run, or one already paid) rather than deadlocking with it or paying the family twice.
 */
export async function lockInstalmentClaims(ctx: ServiceContext): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`pb.payment_run:${ctx.councilId}`}))`.execute(ctx.db);
}

/** Taken before numbering a new payment run, so runs made at once each get the next number. */
export async function lockRunNumbers(ctx: ServiceContext): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`pb.payment_run_number:${ctx.councilId}`}))`.execute(ctx.db);
}
