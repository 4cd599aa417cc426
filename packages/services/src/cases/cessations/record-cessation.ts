import { cancelAfter } from "@pb/budgets";
import type { IsoDate } from "@pb/calendar";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { requirePolicyOn } from "../../shared/policy-on";
import { updateAtVersion } from "../../shared/versioned-update";
import { queueCessationNotice } from "../../messages/family-messages";
import { loadBudget } from "../budgets/load-budget";
import { checkNotice } from "./check-notice";

export const CESSATION_REASONS = [
  "consent_withdrawn", "recipient_ineligible", "not_used_for_agreed_provision", "provision_not_securable_by_dp",
  "adverse_impact_on_services", "inefficient_use_of_resources", "young_person_consent_not_confirmed",
  "plan_ceased", "moved_out_of_area", "aged_out", "other",
] as const;
export type CessationReason = (typeof CESSATION_REASONS)[number];

export type RecordCessationInput = {
  budgetId: string;
  budgetVersion: number;
  reasonCode: CessationReason;
  reasonsText: string;
  decidedOn: string;
  annualReviewMeetingOn: string | null;
  noticeSentOn: string | null;
  lastPaymentOn: string;
};

/**
 * Ends a budget (T5, T6): the reason code and written reasons, the decision, the notice checked
 * against the policy's time limit after the annual review meeting (late is flagged), and the last
 * payment date; every instalment after it is cancelled (cancelAfter) and the budget is ceased.
 */
export async function recordCessation(ctx: ServiceContext, input: RecordCessationInput) {
  const budget = await loadBudget(ctx, input.budgetId);
  if (budget.status !== "active") throw new ValidationError("budgetId", `this budget is already ${budget.status}`);
  const reasonsText = input.reasonsText.trim();
  if (!reasonsText) throw new ValidationError("reasonsText", "are required: a decision to end a budget is written with reasons (T6)");
  const policy = await requirePolicyOn(ctx, input.decidedOn, "decidedOn");
  const notice = checkNotice(policy, { decidedOn: input.decidedOn, annualReviewMeetingOn: input.annualReviewMeetingOn, noticeSentOn: input.noticeSentOn, today: ctx.today });

  const payments = await ctx.db
    .selectFrom("payment as p")
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .leftJoin("payment_run_item as i", (j) => j.onRef("i.council_id", "=", "p.council_id").onRef("i.payment_id", "=", "p.id").on("i.outcome", "=", "pending"))
    .select(["p.id", "p.due_on", "p.amount_pence", "p.status", "i.id as runItemId"])
    .where("p.council_id", "=", ctx.councilId)
    .where("l.budget_id", "=", budget.id)
    .where("p.status", "<>", "cancelled")
    .orderBy("p.due_on")
    .execute();
  const { cancelled, cancelledPence } = cancelAfter(
    { totalPence: 0, instalments: payments.map((p) => ({ date: p.due_on as IsoDate, amountPence: Number(p.amount_pence) })) },
    input.lastPaymentOn,
  );
  const cancelling = payments.filter((p) => p.due_on > input.lastPaymentOn);
  const paid = cancelling.find((p) => p.status === "paid");
  if (paid) throw new ValidationError("lastPaymentOn", `the instalment due on ${paid.due_on} is already paid: the last payment date cannot be before it (recover money through finance instead)`);
  const inRun = cancelling.find((p) => p.runItemId);
  if (inRun) throw new ValidationError("lastPaymentOn", `the instalment due on ${inRun.due_on} is in a payment run waiting for its outcome: settle the run first`);

  const row = await ctx.db
    .insertInto("cessation")
    .values({
      council_id: ctx.councilId, budget_id: budget.id, reason_code: input.reasonCode, reasons_text: reasonsText, decided_on: input.decidedOn,
      annual_review_meeting_on: input.annualReviewMeetingOn, notice_due_on: notice.noticeDueOn, notice_sent_on: input.noticeSentOn,
      last_payment_on: input.lastPaymentOn, created_by: ctx.actorUserId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (cancelling.length) await ctx.db.updateTable("payment").set({ status: "cancelled" }).where("council_id", "=", ctx.councilId).where("id", "in", cancelling.map((p) => p.id)).execute();
  await updateAtVersion(ctx, "budget", budget.id, input.budgetVersion, { status: "ceased", ceased_on: input.lastPaymentOn }, "That budget");
  const result = { id: row.id, noticeDueOn: notice.noticeDueOn, noticeRule: notice.rule, late: notice.late, cancelledInstalments: cancelled.length, cancelledPence };
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "cessation.record", entity: "cessation", entityId: row.id, childId: budget.child_id,
    before: { budgetStatus: budget.status },
    after: { budgetId: budget.id, reasonCode: input.reasonCode, decidedOn: input.decidedOn, annualReviewMeetingOn: input.annualReviewMeetingOn, noticeDueOn: notice.noticeDueOn, noticeSentOn: input.noticeSentOn, late: notice.late, lastPaymentOn: input.lastPaymentOn, cancelledInstalments: cancelled.length, cancelledPence },
  });
  // A notice recorded as sent with the decision goes to the family now; otherwise when it is marked sent.
  if (input.noticeSentOn !== null) await queueCessationNotice(ctx, { cessationId: row.id, childId: budget.child_id, lastPaymentOn: input.lastPaymentOn });
  return result;
}
