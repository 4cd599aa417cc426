import { writeAudit } from "@pb/db";
import { judgeAgreement } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { getPolicyInForce } from "../../policy/policy-in-force";
import { loadBudget, loadBudgetLines } from "../budgets/load-budget";
import { findRequestedRecipients } from "./requested-recipients";

export type RecordAgreementInput = {
  budgetId: string;
  recipient: "parent" | "young_person" | "nominee";
  recipientName: string;
  signedBy: string;
  signedOn: string;
  schoolAgreementOn: string | null;
  /** Term code → what the agreement says about it; the policy says which terms it must cover (T1). */
  terms?: Record<string, string>;
  /** The monitoring term in words, for callers that send it alone (terms.monitoring wins when both are given). */
  monitoringTerms?: string;
  /** Why the agreement pays someone other than the recipient the request named. */
  recipientChangeReason?: string | null;
};

/**
 * The written direct payment agreement (T1): who receives it (R9), who signed and when, what it says
 * about each term the policy in force on the signing date requires (monitoring, review, recovery, ...),
 * and the school's written agreement when support is given on its premises (R8). Its recipient is the
 * one the request named, or the change is recorded with its reason (judgeAgreement). Without it no
 * direct payment instalment of the budget can be paid.
 */
export async function recordAgreement(ctx: ServiceContext, input: RecordAgreementInput): Promise<{ id: string }> {
  const budget = await loadBudget(ctx, input.budgetId);
  if (budget.status !== "active") throw new ValidationError("budgetId", `this budget is ${budget.status}: record the agreement on the budget in force`);
  const lines = await loadBudgetLines(ctx, budget.id);
  const direct = lines.filter((l) => l.arrangement === "direct_payment");
  if (direct.length === 0) throw new ValidationError("budgetId", "has no direct payment line: only a direct payment needs an agreement");
  const recipientName = input.recipientName.trim();
  const signedBy = input.signedBy.trim();
  if (!recipientName) throw new ValidationError("recipientName", "is required");
  if (!signedBy) throw new ValidationError("signedBy", "is required: who signed the agreement");
  if (input.signedOn > ctx.today) throw new ValidationError("signedOn", "cannot be in the future");
  const onPremises = direct.some((l) => l.on_school_premises);
  if (onPremises && !input.schoolAgreementOn) {
    throw new ValidationError("schoolAgreementOn", "the support is given on school or college premises: record the date of the school's written agreement (R8)");
  }
  if (input.schoolAgreementOn && input.schoolAgreementOn > ctx.today) throw new ValidationError("schoolAgreementOn", "cannot be in the future");
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, input.signedOn);
  const requested = await findRequestedRecipients(ctx, direct.flatMap((l) => (l.decision_id ? [l.decision_id] : [])));
  const judged = judgeAgreement(policy?.policy ?? null, {
    terms: { ...(input.monitoringTerms === undefined ? {} : { monitoring: input.monitoringTerms }), ...input.terms },
    recipient: input.recipient,
    requestedRecipients: requested,
    recipientChangeReason: input.recipientChangeReason ?? null,
  });
  // A term sent empty is named before one left out; the monitoring term sent alone is named as sent.
  const sentEmpty = (field: string) => field.startsWith("terms.") && (input.terms?.[field.slice("terms.".length)] !== undefined || (field === "terms.monitoring" && input.monitoringTerms !== undefined));
  const problem = judged.problems.find((p) => sentEmpty(p.field)) ?? judged.problems[0];
  if (problem) {
    const field = problem.field === "terms.monitoring" && input.terms?.monitoring === undefined && input.monitoringTerms !== undefined ? "monitoringTerms" : problem.field;
    throw new ValidationError(field, problem.message);
  }
  const change = judged.recipientChange;
  const row = await ctx.db
    .insertInto("agreement")
    .values({
      council_id: ctx.councilId, budget_id: budget.id, recipient: input.recipient, recipient_name: recipientName, signed_by: signedBy,
      signed_on: input.signedOn, school_agreement_on: input.schoolAgreementOn, monitoring_terms: judged.terms.monitoring ?? "", terms: JSON.stringify(judged.terms),
      requested_recipient: change?.from ?? (requested.includes(input.recipient) ? input.recipient : null), recipient_change_reason: change?.reason ?? null, created_by: ctx.actorUserId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // Names are personal data: the audit row keeps the facts that matter, not who the recipient is.
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "agreement.record", entity: "agreement", entityId: row.id, childId: budget.child_id,
    after: {
      budgetId: budget.id, recipient: input.recipient, signedOn: input.signedOn, schoolAgreementOn: input.schoolAgreementOn,
      termsCovered: Object.keys(judged.terms), termsRequired: judged.required.map((t) => t.term),
      // The change of recipient, by code; its reason (free text, which may name people) stays on the agreement.
      ...(change ? { recipientChangedFrom: change.from, recipientChangeReasonRecorded: true } : {}),
    },
  });
  return { id: row.id };
}

