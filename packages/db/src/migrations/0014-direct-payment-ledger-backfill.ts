import { sql, type Kysely } from "kysely";
import { inList } from "./helpers";

const RECIPIENTS = ["parent", "young_person", "nominee"];

// Before every way of paying an instalment went through one function (recordInstalmentPaid), a direct
// payment marked paid by hand on the budget page opened no account and wrote no payment in, so no
// return was ever due from it. This fills the gap: every paid direct payment instalment without its
// payment-in entry gets one, in its child's account (opened if missing). The unique index on payment
// ins means a second run adds nothing. The first review (T2) is not scheduled here: the hand path
// always scheduled it.
//
// The agreement gains what a direct payment agreement must cover (T1): the text of each term the
// policy requires, and the recipient the request named with the reason when the agreement pays another.

/** Fills the missing payment-in entries (and accounts), for every council or one; returns how many entries it wrote. */
export async function backfillDirectPaymentLedger(db: Kysely<any>, councilId: string | null = null): Promise<number> {
  const inCouncil = councilId === null ? sql`true` : sql`p.council_id = ${councilId}::uuid`;
  const paidWithoutEntry = sql`p.arrangement = 'direct_payment' and p.status = 'paid' and p.amount_pence > 0 and ${inCouncil}
    and not exists (select 1 from account_entry e where e.council_id = p.council_id and e.payment_id = p.id and e.kind = 'payment_in')`;
  const paymentsAndChildren = sql`payment p
    join budget_line l on l.council_id = p.council_id and l.id = p.budget_line_id
    join budget b on b.council_id = l.council_id and b.id = l.budget_id`;
  await sql`insert into dp_account (council_id, child_id)
    select distinct p.council_id, b.child_id from ${paymentsAndChildren} where ${paidWithoutEntry}
    on conflict (council_id, child_id) do nothing`.execute(db);
  const result = await sql`
    insert into account_entry (council_id, account_id, kind, amount_pence, stream, budget_line_id, occurred_on, payment_id, run_item_id, note)
    select p.council_id, a.id, 'payment_in', p.amount_pence, p.stream, p.budget_line_id, coalesce(p.paid_on, p.due_on), p.id,
      (select i.id from payment_run_item i where i.council_id = p.council_id and i.payment_id = p.id and i.outcome = 'paid' limit 1),
      'Payment in, entered by migration 0014: it was marked paid without its entry'
    from ${paymentsAndChildren}
    join dp_account a on a.council_id = b.council_id and a.child_id = b.child_id
    where ${paidWithoutEntry}
    on conflict do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function up(db: Kysely<any>): Promise<void> {
  await backfillDirectPaymentLedger(db);
  await db.schema
    .alterTable("agreement")
    // Term code → what the signed agreement says about it; the policy in force says which terms are required.
    .addColumn("terms", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("requested_recipient", "text", (c) => c.check(sql`requested_recipient in (${inList(RECIPIENTS)})`))
    .addColumn("recipient_change_reason", "text")
    .execute();
  await sql`alter table agreement add constraint agreement_recipient_change_check
    check (requested_recipient is null or requested_recipient = recipient or coalesce(btrim(recipient_change_reason), '') <> '')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table agreement drop constraint if exists agreement_recipient_change_check`.execute(db);
  await db.schema.alterTable("agreement").dropColumn("recipient_change_reason").dropColumn("requested_recipient").dropColumn("terms").execute();
  // The backfilled entries stay: they record money that was paid, and the ledger is append-only.
}
