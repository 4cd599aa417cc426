import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { loadBudget, loadBudgetLines } from "../budgets/load-budget";

export type RecordAgreementInput = {
  budgetId: string;
  recipient: "parent" | "young_person" | "nominee";
  recipientName: string;
  signedBy: string;
  signedOn: string;
  schoolAgreementOn: string | null;
  monitoringTerms: string;
};

/**
 * The written direct payment agreement (T1): who receives it (R9), who signed and when, and the
 * school's written agreement when support is given on its premises (R8). Without it no direct
 * payment instalment of the budget can be paid.
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
  const row = await ctx.db
    .insertInto("agreement")
    .values({
      council_id: ctx.councilId, budget_id: budget.id, recipient: input.recipient, recipient_name: recipientName, signed_by: signedBy,
      signed_on: input.signedOn, school_agreement_on: input.schoolAgreementOn, monitoring_terms: input.monitoringTerms.trim(), created_by: ctx.actorUserId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // Names are personal data: the audit row keeps the facts that matter, not who the recipient is.
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "agreement.record", entity: "agreement", entityId: row.id, childId: budget.child_id,
    after: { budgetId: budget.id, recipient: input.recipient, signedOn: input.signedOn, schoolAgreementOn: input.schoolAgreementOn },
  });
  return { id: row.id };
}
