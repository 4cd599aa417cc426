import { formatIsoDateEnGb } from "@pb/calendar";
import type { ServiceContext } from "../../shared/context";
import { enqueueMessage } from "../../notify/enqueue-message";

/**
 * Once every line of a request is decided, the family's decision letters go into the outbox in the
 * same transaction: one per day the panel decided (the letter `getDecisionLetter` builds for the
 * day's first line covers the day's lines), never before, so no letter goes with lines still open.
 * The first line of each day is the letter's subject, so recording again queues nothing new.
 */
export async function queueDecisionLetters(ctx: ServiceContext, requestId: string): Promise<void> {
  const decisions = await ctx.db
    .selectFrom("decision as d")
    .innerJoin("request_line as l", (j) => j.onRef("l.council_id", "=", "d.council_id").onRef("l.id", "=", "d.request_line_id"))
    .innerJoin("pb_request as r", (j) => j.onRef("r.council_id", "=", "l.council_id").onRef("r.id", "=", "l.request_id"))
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "r.council_id").onRef("c.id", "=", "r.child_id"))
    .select(["d.id", "d.decided_on", "r.child_id", "c.reference"])
    .where("d.council_id", "=", ctx.councilId)
    .where("r.id", "=", requestId)
    .where("d.supersedes_decision_id", "is", null)
    .orderBy("d.decided_on")
    .orderBy("l.line_no")
    .execute();
  if (decisions.length === 0) return;
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirstOrThrow();
  const firstOfDay = decisions.filter((d, i) => decisions[i - 1]?.decided_on !== d.decided_on);
  for (const d of firstOfDay) {
    await enqueueMessage(ctx, {
      kind: "decision_letter",
      childId: d.child_id,
      subject: { type: "decision", id: d.id },
      personalisation: { council_name: council.name, child_reference: d.reference, decision_date: formatIsoDateEnGb(d.decided_on) },
    });
  }
}
