import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError, ValidationError } from "../../shared/errors";
import { requirePolicyOn } from "../../shared/policy-on";
import { updateAtVersion } from "../../shared/versioned-update";
import { queueCessationNotice } from "../../messages/family-messages";
import { checkNotice } from "./check-notice";

/** The day the written notice of cessation went (T6): checked as when recorded with the cessation. */
export async function markNoticeSent(ctx: ServiceContext, input: { cessationId: string; version: number; on: string }): Promise<{ version: number; late: boolean }> {
  const row = await ctx.db
    .selectFrom("cessation as s")
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "s.council_id").onRef("b.id", "=", "s.budget_id"))
    .select(["s.id", "s.decided_on", "s.annual_review_meeting_on", "s.notice_sent_on", "s.last_payment_on", "b.child_id"])
    .where("s.council_id", "=", ctx.councilId)
    .where("s.id", "=", input.cessationId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("That cessation");
  if (row.notice_sent_on) throw new ValidationError("on", `the notice was already recorded as sent on ${row.notice_sent_on}`);
  const policy = await requirePolicyOn(ctx, row.decided_on, "on");
  const notice = checkNotice(policy, { decidedOn: row.decided_on, annualReviewMeetingOn: row.annual_review_meeting_on, noticeSentOn: input.on, today: ctx.today });
  const updated = await updateAtVersion(ctx, "cessation", row.id, input.version, { notice_sent_on: input.on }, "That cessation");
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "cessation.notice_sent", entity: "cessation", entityId: row.id, childId: row.child_id,
    before: { noticeSentOn: null }, after: { noticeSentOn: input.on, late: notice.late },
  });
  await queueCessationNotice(ctx, { cessationId: row.id, childId: row.child_id, lastPaymentOn: row.last_payment_on });
  return { version: Number(updated.version), late: notice.late };
}
