import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillDirectPaymentLedger, withCouncil, type Database } from "@pb/db";
import { DEMO_TODAY, seedDemo } from "@pb/db/seed";
import { getReconciliation, listDirectPaymentAccounts, listWorkQueues } from "@pb/services";
import { openTestDatabase } from "./support/database";

let database: Database;
let councilId = "";

beforeAll(async () => {
  database = await openTestDatabase();
  councilId = (await seedDemo(database.db)).councilId;
}, 120_000);
afterAll(async () => database?.close());

const one = async <T>(query: string) => (await sql<T>`${sql.raw(query)}`.execute(database.db)).rows[0] as T;

describe("the demo seed exercises every stage of the lifecycle", () => {
  it("has refusals, letters, disagreements, agreements, paid payments, reviews of each outcome and cessations with several reasons", async () => {
    const facts = await one<Record<string, number>>(`select
      (select count(*)::int from decision where outcome = 'refused') as refused,
      (select count(*)::int from decision where letter_sent_on is not null) as letters,
      (select count(*)::int from disagreement) as disagreements,
      (select count(*)::int from agreement) as agreements,
      (select count(*)::int from payment where status = 'paid') as paid,
      (select count(*)::int from review where kind = 'first_dp_review' and held_on is not null) as first_reviews,
      (select count(*)::int from review where kind = 'annual_review' and outcome = 'continue') as continued,
      (select count(*)::int from review where outcome = 'change' and new_budget_id is not null) as changed,
      (select count(*)::int from review where outcome = 'cease') as ceased_at_review,
      (select count(*)::int from budget where status = 'superseded') as superseded,
      (select count(distinct reason_code)::int from cessation) as reasons,
      (select count(*)::int from cessation where notice_sent_on is null) as notices_unsent`);
    for (const [fact, n] of Object.entries(facts)) expect(n, fact).toBeGreaterThan(0);
    expect(facts.reasons).toBeGreaterThanOrEqual(3);
    const repeated = await one<{ n: number }>(`select count(*)::int as n from (select 1 from plan_outcome where council_id = '${councilId}' group by plan_id, description having count(*) > 1) d`);
    expect(repeated.n, "a plan stating one outcome twice").toBe(0);
  });

  it("keeps each changed budget's schedules to the penny: the new version's payments start on its start date", async () => {
    const bad = await one<{ n: number }>(`select count(*)::int as n from budget b where b.supersedes_budget_id is not null and exists (
      select 1 from budget_line l join payment p on p.council_id = l.council_id and p.budget_line_id = l.id
      where l.council_id = b.council_id and l.budget_id = b.id and p.due_on < b.starts_on)`);
    expect(bad.n).toBe(0);
    const leftovers = await one<{ n: number }>(`select count(*)::int as n from budget n join budget o on o.council_id = n.council_id and o.id = n.supersedes_budget_id
      join budget_line l on l.council_id = o.council_id and l.budget_id = o.id join payment p on p.council_id = l.council_id and p.budget_line_id = l.id
      where p.due_on >= n.starts_on and p.status <> 'cancelled'`);
    expect(leftovers.n).toBe(0);
    // A budget's reviews fall while it exists: the annual review is the plan's first on or after the budget starts.
    const early = await one<{ n: number }>(`select count(*)::int as n from review r join budget b on b.council_id = r.council_id and b.id = r.budget_id where r.council_id = '${councilId}' and r.due_on < b.starts_on`);
    expect(early.n).toBe(0);
  });

  it("fills every case work queue on the demo's today", async () => {
    const queues = await withCouncil(database.db, councilId, (trx) =>
      listWorkQueues({ db: trx, councilId, actorUserId: null, today: DEMO_TODAY }, ["case_officer", "panel_member"]),
    );
    for (const id of ["decisions_due", "letters_not_sent", "reviews_due", "notices_due", "disagreements_near_deadline", "conditions_unconfirmed"]) {
      expect(queues.find((q) => q.id === id)?.items.length, id).toBeGreaterThan(0);
    }
  });

  it("confirms the conditions of approvals before any of their money is paid, and records each confirmation", async () => {
    const facts = await one<Record<string, number>>(`select
      (select count(*)::int from decision_condition where council_id = '${councilId}' and status = 'confirmed') as confirmed,
      (select count(*)::int from decision_condition k join decision d on d.council_id = k.council_id and d.request_line_id = k.request_line_id
        join budget_line l on l.council_id = d.council_id and l.decision_id = d.id join payment p on p.council_id = l.council_id and p.budget_line_id = l.id
        where k.council_id = '${councilId}' and k.status <> 'confirmed' and p.status in ('paid', 'failed')) as paid_unconfirmed,
      (select count(*)::int from decision_condition where council_id = '${councilId}' and status = 'confirmed' and (confirmed_on is null or evidence is null or confirmed_by is null)) as incomplete`);
    expect(facts.confirmed).toBeGreaterThan(0);
    expect(facts.paid_unconfirmed).toBe(0);
    expect(facts.incomplete).toBe(0);
  });

  it("approves a direct payment only with R8's questions answered yes, as the decision form requires", async () => {
    const rows = await sql<{ judgements: { topic: string; answer: string }[] }>`
      select judgements from decision where council_id = ${councilId} and outcome <> 'refused' and arrangement = 'direct_payment'`.execute(database.db);
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const row of rows.rows) {
      expect(row.judgements.map((j) => [j.topic, j.answer]).sort()).toEqual([["impact_and_value_for_money", "yes"], ["recipient_suitability", "yes"]]);
    }
  });

  it("leaves only the last few months' work undone, as a council that keeps up would: nothing waits from years ago", async () => {
    const stale = await one<Record<string, number>>(`select
      (select count(*)::int from pb_request where council_id = '${councilId}' and status = 'open' and received_on < date '${DEMO_TODAY}' - 90) as requests,
      (select count(*)::int from decision where council_id = '${councilId}' and (family_told_on is null or letter_sent_on is null) and decided_on < date '${DEMO_TODAY}' - 90) as letters,
      (select count(*)::int from review where council_id = '${councilId}' and held_on is null and due_on < date '${DEMO_TODAY}' - 90) as reviews,
      (select count(*)::int from disagreement where council_id = '${councilId}' and outcome is null and decision_deadline_on < date '${DEMO_TODAY}' - 90) as disagreements`);
    expect(stale).toEqual({ requests: 0, letters: 0, reviews: 0, disagreements: 0 });
    // Requests never decided were withdrawn, and say so in the case history.
    const withdrawn = await one<{ requests: number; audited: number }>(`select count(*)::int as requests,
      count(*) filter (where exists (select 1 from audit_log a where a.council_id = r.council_id and a.entity_id = r.id::text and a.action = 'request.withdraw'))::int as audited
      from pb_request r where r.council_id = '${councilId}' and r.status = 'withdrawn'`);
    expect(withdrawn.requests).toBeGreaterThan(0);
    expect(withdrawn.audited).toBe(withdrawn.requests);
  });

  it("gives the finance officer accounts, returns missing and late, and underspend to look at on the demo's today", async () => {
    const queues = await withCouncil(database.db, councilId, (trx) =>
      listWorkQueues({ db: trx, councilId, actorUserId: null, today: DEMO_TODAY }, ["finance_officer"]),
    );
    for (const id of ["returns_due", "underspend_flags"]) expect(queues.find((q) => q.id === id)?.items.length, id).toBeGreaterThan(0);
    // Every account's money in is a paid direct payment of its child's: nothing invented on the finance side.
    const unmatched = await one<{ n: number }>(`select count(*)::int as n from account_entry e
      left join payment p on p.council_id = e.council_id and p.id = e.payment_id and p.status = 'paid' and p.arrangement = 'direct_payment' and p.amount_pence = e.amount_pence
      where e.kind = 'payment_in' and p.id is null`);
    expect(unmatched.n).toBe(0);
    // Money left on direct payments that ended long ago was recovered, each by a decision with reasons.
    const recovered = await one<{ entries: number; unmatched: number }>(`select count(*)::int as entries,
      count(*) filter (where d.id is null or d.recover_pence <> e.amount_pence or d.budget_line_id <> e.budget_line_id)::int as unmatched
      from account_entry e left join recovery_decision d on d.council_id = e.council_id and d.id = e.recovery_decision_id where e.council_id = '${councilId}' and e.kind = 'recovery'`);
    expect(recovered.entries).toBeGreaterThan(0);
    expect(recovered.unmatched).toBe(0);
    // Each agreement covers, in words, the terms its policy requires (T1): Surrey's monitoring, review, returns and recovery among them.
    const uncovered = await one<{ n: number }>(`select count(*)::int as n from agreement where council_id = '${councilId}'
      and not (terms ?& array['monitoring', 'review', 'returns', 'recovery', 'recipient_responsibilities'])`);
    expect(uncovered.n).toBe(0);
  });

  it("reconciles what is left unspent with the families' account balances, though most of the money was not paid to families", async () => {
    const ctx = (trx: Parameters<Parameters<typeof withCouncil>[2]>[0]) => ({ db: trx, councilId, actorUserId: null, today: DEMO_TODAY });
    const { rec, accounts } = await withCouncil(database.db, councilId, async (trx) => ({
      rec: await getReconciliation(ctx(trx), { from: "2019-04-01", to: DEMO_TODAY }),
      accounts: (await listDirectPaymentAccounts(ctx(trx))).accounts,
    }));
    expect(rec.totals.paidInPence).toBeLessThan(rec.totals.paidPence);
    expect(rec.totals.unspentPence).toBe(accounts.reduce((s, a) => s + a.balancePence, 0));
  });

  it("enters every paid direct payment in its family's account once, and migration 0014's backfill restores entries that are missing, once", async () => {
    const withoutOne = `select count(*)::int as n from payment p where p.council_id = '${councilId}' and p.arrangement = 'direct_payment' and p.status = 'paid'
      and (select count(*) from account_entry e where e.council_id = p.council_id and e.payment_id = p.id and e.kind = 'payment_in') <> 1`;
    expect((await one<{ n: number }>(withoutOne)).n).toBe(0);
    expect(await backfillDirectPaymentLedger(database.db, councilId)).toBe(0);
    // As a hand payment before the one path left them: ten entries gone (as superuser, in a transaction
    // undone afterwards so the demo stays as seeded), then the backfill puts exactly those back.
    const undo = new Error("undo");
    await expect(
      database.db.transaction().execute(async (trx) => {
        const gone = await sql<{ id: string }>`delete from account_entry where id in (select e.id from account_entry e where e.council_id = ${councilId} and e.kind = 'payment_in'
          and not exists (select 1 from account_entry r where r.council_id = e.council_id and r.reverses_entry_id = e.id) order by e.id limit 10) returning id`.execute(trx);
        expect(gone.rows).toHaveLength(10);
        expect(await backfillDirectPaymentLedger(trx, councilId)).toBe(10);
        expect(await backfillDirectPaymentLedger(trx, councilId)).toBe(0);
        expect((await sql<{ n: number }>`${sql.raw(withoutOne)}`.execute(trx)).rows[0]?.n).toBe(0);
        throw undo;
      }),
    ).rejects.toBe(undo);
  });
});
