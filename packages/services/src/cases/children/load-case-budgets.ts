import { sql } from "kysely";
import type { ServiceContext } from "../../shared/context";
import type { CaseBudget, CaseCessation, CasePaymentSummary, CaseReview } from "./case-view";
import type { PersonalDetailsAccess } from "./child-types";

const NO_ID = "00000000-0000-0000-0000-000000000000";
const idsOr = (ids: string[]) => (ids.length ? ids : [NO_ID]);
const EMPTY: CasePaymentSummary = { scheduledCount: 0, scheduledPence: 0, paidCount: 0, paidPence: 0, cancelledCount: 0, failedCount: 0, nextDueOn: null, lastPaidOn: null };

/** Every version of the child's budget with its lines, agreements and payment schedule in sum, then reviews and cessations. */
export async function loadCaseBudgets(
  ctx: ServiceContext,
  childId: string,
  access: PersonalDetailsAccess,
): Promise<{ budgets: CaseBudget[]; reviews: CaseReview[]; cessations: CaseCessation[] }> {
  const budgets = await ctx.db
    .selectFrom("budget")
    .select(["id", "budget_version", "status", "starts_on", "ends_on", "ceased_on", "request_id", "supersedes_budget_id"])
    .where("council_id", "=", ctx.councilId)
    .where("child_id", "=", childId)
    .orderBy("starts_on", "desc")
    .orderBy("budget_version", "desc")
    .execute();
  const budgetIds = idsOr(budgets.map((b) => b.id));
  const lines = await ctx.db
    .selectFrom("budget_line")
    .select(["id", "budget_id", "stream", "service", "arrangement", "annual_amount_pence", "frequency", "starts_on", "ends_on", "suspended", "linked_outcomes"])
    .where("council_id", "=", ctx.councilId)
    .where("budget_id", "in", budgetIds)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const payments = await ctx.db
    .selectFrom("payment")
    .select([
      "budget_line_id",
      "status",
      sql<number>`count(*)::int`.as("n"),
      sql<string>`coalesce(sum(amount_pence), 0)::text`.as("pence"),
      sql<string | null>`min(due_on)`.as("first_due"),
      sql<string | null>`max(paid_on)`.as("last_paid"),
    ])
    .where("council_id", "=", ctx.councilId)
    .where("budget_line_id", "in", idsOr(lines.map((l) => l.id)))
    .groupBy(["budget_line_id", "status"])
    .execute();
  const agreements = await ctx.db
    .selectFrom("agreement")
    .select(["id", "budget_id", "recipient", "recipient_name", "signed_by", "signed_on", "school_agreement_on"])
    .where("council_id", "=", ctx.councilId)
    .where("budget_id", "in", budgetIds)
    .orderBy("signed_on")
    .execute();
  const reviews = await ctx.db
    .selectFrom("review")
    .select(["id", "budget_id", "kind", "due_on", "held_on", "outcome", "new_budget_id"])
    .where("council_id", "=", ctx.councilId)
    .where("child_id", "=", childId)
    .orderBy("due_on", "desc")
    .execute();
  const cessations = await ctx.db
    .selectFrom("cessation")
    .select(["id", "budget_id", "reason_code", "reasons_text", "decided_on", "notice_due_on", "notice_sent_on", "last_payment_on"])
    .where("council_id", "=", ctx.councilId)
    .where("budget_id", "in", budgetIds)
    .orderBy("decided_on", "desc")
    .execute();

  const summarise = (lineId: string): CasePaymentSummary => {
    const out = { ...EMPTY };
    for (const p of payments.filter((x) => x.budget_line_id === lineId)) {
      const pence = Number(p.pence);
      if (p.status === "scheduled") Object.assign(out, { scheduledCount: p.n, scheduledPence: pence, nextDueOn: p.first_due });
      if (p.status === "paid") Object.assign(out, { paidCount: p.n, paidPence: pence, lastPaidOn: p.last_paid });
      if (p.status === "cancelled") out.cancelledCount = p.n;
      if (p.status === "failed") out.failedCount = p.n;
    }
    return out;
  };
  // The current budget is the active one; when none is active, the latest version stands as the record.
  const currentId = budgets.find((b) => b.status === "active")?.id ?? budgets[0]?.id ?? null;
  return {
    budgets: budgets.map((b) => {
      const ofBudget = lines.filter((l) => l.budget_id === b.id);
      return {
        id: b.id, budgetVersion: b.budget_version, status: b.status, isCurrent: b.id === currentId, startsOn: b.starts_on, endsOn: b.ends_on, ceasedOn: b.ceased_on,
        requestId: b.request_id, supersedesBudgetId: b.supersedes_budget_id,
        annualTotalPence: ofBudget.reduce((sum, l) => sum + l.annual_amount_pence, 0),
        lines: ofBudget.map((l) => ({
          id: l.id, stream: l.stream, service: l.service, arrangement: l.arrangement, annualAmountPence: l.annual_amount_pence, frequency: l.frequency,
          startsOn: l.starts_on, endsOn: l.ends_on, suspended: l.suspended, linkedOutcomes: l.linked_outcomes, payments: summarise(l.id),
        })),
        agreements: agreements
          .filter((a) => a.budget_id === b.id)
          .map((a) => ({
            id: a.id, budgetId: a.budget_id, recipient: a.recipient, recipientName: access.names ? a.recipient_name : null, signedBy: access.names ? a.signed_by : null,
            signedOn: a.signed_on, schoolAgreementOn: a.school_agreement_on,
          })),
      };
    }),
    reviews: reviews.map((v) => ({ id: v.id, budgetId: v.budget_id, kind: v.kind, dueOn: v.due_on, heldOn: v.held_on, outcome: v.outcome, newBudgetId: v.new_budget_id })),
    cessations: cessations.map((s) => ({
      id: s.id, budgetId: s.budget_id, reasonCode: s.reason_code, reasonsText: access.names ? s.reasons_text : null, decidedOn: s.decided_on,
      noticeDueOn: s.notice_due_on, noticeSentOn: s.notice_sent_on, lastPaymentOn: s.last_payment_on,
    })),
  };
}
