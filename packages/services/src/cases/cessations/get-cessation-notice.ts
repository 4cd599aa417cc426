import { buildCessationNotice, type FamilyLetter } from "@pb/reports";
import type { CessationReason } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError, ValidationError } from "../../shared/errors";
import { deadlineOrNull, requirePolicyOn } from "../../shared/policy-on";
import { describeSigners, loadLetterParties } from "../letters/letter-parties";

export type CessationNoticeView = {
  letter: FamilyLetter;
  cessation: { id: string; version: number; budgetId: string; childId: string; decidedOn: string; noticeDueOn: string | null; noticeSentOn: string | null; late: boolean };
};

/**
 * The written notice of a decision to end a budget (T6), by the policy in force on the decision: the
 * reasons, the last payment and how to challenge. Dated the day it was sent, or today until then; the
 * time limit for asking for a review (if the policy sets one) counts from that date.
 */
export async function getCessationNotice(ctx: ServiceContext, input: { cessationId: string }): Promise<CessationNoticeView> {
  const row = await ctx.db
    .selectFrom("cessation as s")
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "s.council_id").onRef("b.id", "=", "s.budget_id"))
    .select(["s.id", "s.version", "s.budget_id", "s.reason_code", "s.reasons_text", "s.decided_on", "s.annual_review_meeting_on", "s.notice_due_on", "s.notice_sent_on", "s.last_payment_on", "b.child_id"])
    .where("s.council_id", "=", ctx.councilId)
    .where("s.id", "=", input.cessationId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("That cessation");
  const letterDate = row.notice_sent_on ?? ctx.today;
  if (letterDate < row.decided_on) throw new ValidationError("cessationId", "the decision to end the budget is dated after today");
  const policy = await requirePolicyOn(ctx, row.decided_on, "cessationId");
  // Who a direct payment went to: the signed agreement's recipient, else the one the request named.
  const lines = await ctx.db
    .selectFrom("budget_line as b")
    .leftJoin("decision as d", (j) => j.onRef("d.council_id", "=", "b.council_id").onRef("d.id", "=", "b.decision_id"))
    .leftJoin("request_line as l", (j) => j.onRef("l.council_id", "=", "d.council_id").onRef("l.id", "=", "d.request_line_id"))
    .select(["b.stream", "b.service", "b.arrangement", "b.annual_amount_pence", "l.recipient"])
    .where("b.council_id", "=", ctx.councilId)
    .where("b.budget_id", "=", row.budget_id)
    .orderBy("b.stream")
    .orderBy("b.service")
    .execute();
  const agreement = await ctx.db.selectFrom("agreement").select("recipient").where("council_id", "=", ctx.councilId).where("budget_id", "=", row.budget_id).orderBy("signed_on", "desc").limit(1).executeTakeFirst();
  const { councilName, child } = await loadLetterParties(ctx, row.child_id);
  const reviewBy = deadlineOrNull(policy, "review_request", letterDate, "cessationId");
  const letter = buildCessationNotice({
    councilName,
    policy: policy.policy,
    letterDate,
    child,
    reasonCode: row.reason_code as CessationReason,
    reasonsText: row.reasons_text,
    decidedOn: row.decided_on,
    annualReviewMeetingOn: row.annual_review_meeting_on,
    lastPaymentOn: row.last_payment_on,
    lines: lines.map((l) => ({ stream: l.stream, service: l.service, arrangement: l.arrangement, recipient: l.arrangement === "direct_payment" ? (agreement?.recipient ?? l.recipient ?? null) : null, annualAmountPence: Number(l.annual_amount_pence) })),
    reviewBy: reviewBy ? { due: reviewBy.due, source: reviewBy.source } : null,
    signedBy: describeSigners(policy.policy, lines.map((l) => l.stream), councilName),
  });
  return {
    letter,
    cessation: {
      id: row.id, version: Number(row.version), budgetId: row.budget_id, childId: row.child_id, decidedOn: row.decided_on, noticeDueOn: row.notice_due_on, noticeSentOn: row.notice_sent_on,
      late: row.notice_due_on !== null && row.notice_sent_on !== null && row.notice_sent_on > row.notice_due_on,
    },
  };
}
