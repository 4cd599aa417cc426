import { addDays, formatIsoDateEnGb, parseIsoDate } from "@pb/calendar";
import { withCouncil, type DB } from "@pb/db";
import type { Kysely } from "kysely";
import { listReturnsDue } from "../finance/list-returns-due";
import { enqueueMessage } from "../notify/enqueue-message";
import type { ServiceContext } from "../shared/context";
import { loadMessageParties } from "./family-messages";
import { isReturnReminderDue, isReviewReminderDue, REVIEW_REMINDER_LEAD_DAYS } from "./reminder-rules";

export type ReminderRun = { councils: number; reviewReminders: number; returnReminders: number };

/**
 * Queues the reminders due today in every council: a budget's review coming due, and a direct payment
 * return owed (T4). Each is queued once per kind, subject and due date (`occasion`), so running this
 * twice a day, or again after a crash, queues nothing twice. Reminders go by email only (there is no
 * letter to post for them), so only families who gave an email address are reminded; the work queues
 * still show staff every review and return due. `db` is the owner's connection (`pb notify reminders`),
 * which may list the councils; each council's reminders are queued in a transaction of its own.
 */
export async function enqueueDueReminders(db: Kysely<DB>, input: { today: string }): Promise<ReminderRun> {
  const councils = await db.selectFrom("council").select("id").orderBy("id").execute();
  const run: ReminderRun = { councils: councils.length, reviewReminders: 0, returnReminders: 0 };
  for (const council of councils) {
    const queued = await withCouncil(db, council.id, (trx) => enqueueCouncilReminders({ db: trx, councilId: council.id, actorUserId: null, today: input.today }));
    run.reviewReminders += queued.reviewReminders;
    run.returnReminders += queued.returnReminders;
  }
  return run;
}

/** One council's reminders due today; counts the messages newly queued (those queued before are not counted again). */
export async function enqueueCouncilReminders(ctx: ServiceContext): Promise<{ reviewReminders: number; returnReminders: number }> {
  const reachable = new Set(
    (await ctx.db.selectFrom("family_contact").select("child_id").where("council_id", "=", ctx.councilId).where("email", "is not", null).execute()).map((r) => r.child_id),
  );
  if (reachable.size === 0) return { reviewReminders: 0, returnReminders: 0 };
  const before = await countReminders(ctx);

  const reviews = await ctx.db
    .selectFrom("review as v")
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "v.council_id").onRef("b.id", "=", "v.budget_id"))
    .select(["v.id", "v.child_id", "v.due_on"])
    .where("v.council_id", "=", ctx.councilId)
    .where("v.held_on", "is", null)
    .where("b.status", "=", "active")
    .where("v.due_on", ">=", ctx.today)
    .where("v.due_on", "<=", addDays(parseIsoDate(ctx.today), REVIEW_REMINDER_LEAD_DAYS))
    .orderBy("v.due_on")
    .execute();
  for (const review of reviews) {
    if (!reachable.has(review.child_id) || !isReviewReminderDue(review.due_on, ctx.today)) continue;
    await enqueueMessage(ctx, {
      kind: "review_reminder", childId: review.child_id, subject: { type: "review", id: review.id }, occasion: review.due_on,
      personalisation: { ...(await loadMessageParties(ctx, review.child_id)), review_due_date: formatIsoDateEnGb(review.due_on) },
    });
  }

  const returns = await listReturnsDue(ctx);
  for (const period of returns.rows) {
    if (!reachable.has(period.childId) || !isReturnReminderDue(period, ctx.today)) continue;
    await enqueueMessage(ctx, {
      kind: "return_reminder", childId: period.childId, subject: { type: "dp_account", id: period.accountId }, occasion: period.dueOn,
      personalisation: { ...(await loadMessageParties(ctx, period.childId)), return_period: period.label, return_due_date: formatIsoDateEnGb(period.dueOn) },
    });
  }

  const after = await countReminders(ctx);
  return { reviewReminders: after.review_reminder - before.review_reminder, returnReminders: after.return_reminder - before.return_reminder };
}

async function countReminders(ctx: ServiceContext): Promise<{ review_reminder: number; return_reminder: number }> {
  const rows = await ctx.db
    .selectFrom("notification_outbox")
    .select(["kind", (eb) => eb.fn.countAll<string>().as("n")])
    .where("council_id", "=", ctx.councilId)
    .where("kind", "in", ["review_reminder", "return_reminder"])
    .groupBy("kind")
    .execute();
  const of = (kind: string) => Number(rows.find((r) => r.kind === kind)?.n ?? 0);
  return { review_reminder: of("review_reminder"), return_reminder: of("return_reminder") };
}
