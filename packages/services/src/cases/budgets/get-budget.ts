import { AGREEMENT_TERMS, AGREEMENT_TERM_WORDS, findRequiredAgreementTerms } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { judgePayability, payabilityFacts } from "../../finance/payability-check";
import { getPolicyInForce } from "../../policy/policy-in-force";
import { getBudgetMonitoring } from "../../monitoring/monitoring-status";
import { describeLifecycleLimits } from "./describe-time-limits";
import { loadBudget, loadBudgetLines } from "./load-budget";
import { loadLineConditions } from "../conditions/load-line-conditions";
import { findRequestedRecipients } from "../agreements/requested-recipients";

/** One budget version with its lines, schedule, agreement, reviews, cessation and the other versions. */
export async function getBudget(ctx: ServiceContext, input: { budgetId: string }) {
  const budget = await loadBudget(ctx, input.budgetId);
  const child = await ctx.db.selectFrom("child").select("reference").where("council_id", "=", ctx.councilId).where("id", "=", budget.child_id).executeTakeFirstOrThrow();
  const lines = await loadBudgetLines(ctx, budget.id);
  const payments = lines.length
    ? await ctx.db
        .selectFrom("payment as p")
        .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
        .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "l.council_id").onRef("b.id", "=", "l.budget_id"))
        // The same facts the payment runs and markInstalmentPaid judge, so the page says why exactly as they would.
        .select(["p.id", "p.budget_line_id", "p.due_on", "p.paid_on", "p.amount_pence", "p.status", payabilityFacts.as("facts")])
        .where("p.council_id", "=", ctx.councilId)
        .where("p.budget_line_id", "in", lines.map((l) => l.id))
        .orderBy("p.due_on")
        .execute()
    : [];
  const agreements = await ctx.db
    .selectFrom("agreement")
    .select(["id", "recipient", "recipient_name", "signed_by", "signed_on", "school_agreement_on", "monitoring_terms", "terms", "requested_recipient", "recipient_change_reason"])
    .where("council_id", "=", ctx.councilId)
    .where("budget_id", "=", budget.id)
    .orderBy("signed_on")
    .execute();
  const versions = await ctx.db
    .selectFrom("budget")
    .select(["id", "budget_version", "status", "starts_on"])
    .where("council_id", "=", ctx.councilId)
    .where((eb) => (budget.request_id ? eb("request_id", "=", budget.request_id) : eb("id", "=", budget.id)))
    .orderBy("budget_version")
    .execute();
  const reviews = await ctx.db
    .selectFrom("review")
    .select(["id", "kind", "due_on", "held_on", "outcome", "notes", "new_budget_id", "version"])
    .where("council_id", "=", ctx.councilId)
    .where("budget_id", "=", budget.id)
    .orderBy("due_on")
    .execute();
  const cessation = await ctx.db.selectFrom("cessation").selectAll().where("council_id", "=", ctx.councilId).where("budget_id", "=", budget.id).executeTakeFirst();
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, budget.starts_on);
  const plan = budget.plan_id ? await ctx.db.selectFrom("plan").select(["issued_on", "last_annual_review_on"]).where("council_id", "=", ctx.councilId).where("id", "=", budget.plan_id).executeTakeFirst() : undefined;
  // Each line's conditions come from the request line its decision was made on.
  const decided = lines.some((l) => l.decision_id)
    ? await ctx.db.selectFrom("decision as d").innerJoin("request_line as r", (j) => j.onRef("r.council_id", "=", "d.council_id").onRef("r.id", "=", "d.request_line_id"))
        .select(["d.id", "r.id as lineId", "r.check_outcome", "r.check_reasons"]).where("d.council_id", "=", ctx.councilId).where("d.id", "in", lines.flatMap((l) => (l.decision_id ? [l.decision_id] : []))).execute()
    : [];
  const conditions = await loadLineConditions(ctx, decided.map((d) => ({ id: d.lineId, checkOutcome: d.check_outcome, checkReasons: d.check_reasons })));
  const conditionsOf = (decisionId: string | null) => (conditions.get(decided.find((d) => d.id === decisionId)?.lineId ?? "") ?? []).filter((c) => c.id !== null);
  const direct = lines.filter((l) => l.arrangement === "direct_payment");
  return {
    id: budget.id, childId: budget.child_id, childReference: child.reference, requestId: budget.request_id, version: budget.version,
    budgetVersion: budget.budget_version, status: budget.status, startsOn: budget.starts_on, endsOn: budget.ends_on, ceasedOn: budget.ceased_on,
    /** The plan's date the annual reviews keep to (T3): its last annual review, or when it was issued. */
    planReviewedOn: plan?.last_annual_review_on ?? plan?.issued_on ?? null,
    versions: versions.map((v) => ({ id: v.id, budgetVersion: v.budget_version, status: v.status, startsOn: v.starts_on })),
    needsAgreement: direct.length > 0 && agreements.length === 0,
    needsSchoolAgreement: direct.some((l) => l.on_school_premises),
    agreements: agreements.map((a) => ({
      id: a.id, recipient: a.recipient, recipientName: a.recipient_name, signedBy: a.signed_by, signedOn: a.signed_on, schoolAgreementOn: a.school_agreement_on, monitoringTerms: a.monitoring_terms,
      terms: AGREEMENT_TERMS.flatMap((term) => (a.terms?.[term] ? [{ term, label: AGREEMENT_TERM_WORDS[term].label, text: a.terms[term] }] : [])),
      requestedRecipient: a.requested_recipient, recipientChangeReason: a.recipient_change_reason,
    })),
    /**
     * What a new agreement must cover (T1): the form signs it today by default, and recordAgreement judges it by the
     * policy in force on the signing date, so the form asks for today's terms; and the recipient the request named.
     */
    agreementTerms: findRequiredAgreementTerms((await getPolicyInForce(ctx.db, ctx.councilId, ctx.today))?.policy ?? null),
    requestedRecipients: await findRequestedRecipients(ctx, direct.flatMap((l) => (l.decision_id ? [l.decision_id] : []))),
    lines: lines.map((l) => {
      const own = payments.filter((p) => p.budget_line_id === l.id);
      return {
        id: l.id, stream: l.stream, service: l.service, arrangement: l.arrangement, annualAmountPence: l.annual_amount_pence, frequency: l.frequency,
        startsOn: l.starts_on, endsOn: l.ends_on, linkedOutcomes: l.linked_outcomes, onSchoolPremises: l.on_school_premises, conditions: conditionsOf(l.decision_id),
        scheduledPence: own.filter((p) => p.status !== "cancelled").reduce((t, p) => t + Number(p.amount_pence), 0),
        payments: own.map((p) => {
          const verdict = judgePayability(p.facts);
          return { id: p.id, dueOn: p.due_on, paidOn: p.paid_on, amountPence: Number(p.amount_pence), status: p.status, payable: verdict.payable, reasons: verdict.reasons.map((r) => r.message) };
        }),
      };
    }),
    reviews: reviews.map((r) => ({ id: r.id, kind: r.kind, dueOn: r.due_on, heldOn: r.held_on, outcome: r.outcome, notes: r.notes, newBudgetId: r.new_budget_id, version: r.version })),
    cessation: cessation
      ? { id: cessation.id, reasonCode: cessation.reason_code, reasonsText: cessation.reasons_text, decidedOn: cessation.decided_on, annualReviewMeetingOn: cessation.annual_review_meeting_on, noticeDueOn: cessation.notice_due_on, noticeSentOn: cessation.notice_sent_on, lastPaymentOn: cessation.last_payment_on, version: cessation.version, late: cessation.notice_due_on !== null && cessation.notice_sent_on !== null && cessation.notice_sent_on > cessation.notice_due_on }
      : null,
    policy: describeLifecycleLimits(policy),
    /** The policy's checks of the direct payment (T4), last and next; null unless it is active and pays one. */
    monitoring: await getBudgetMonitoring(ctx, budget),
  };
}

export type BudgetView = Awaited<ReturnType<typeof getBudget>>;
