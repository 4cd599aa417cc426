import { checkRecoveryDecision, flagUnderspend, type RecoveryKind, type RecoveryMethod } from "@pb/budgets";
import { financialYearEnd } from "@pb/calendar";
import { writeAudit } from "@pb/db";
import { queueRecoveryDecision } from "../messages/family-messages";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { annualRate, findDirectPaymentLines, loadAccountRow } from "./accounts-shared";
import { rethrowUniqueAsConflict } from "./finance-errors";
import { loadFinanceSettings } from "./finance-settings";
import { loadRecoverableBalance } from "./recovery-shared";

export type RecoveryDecisionInput = {
  accountId: string;
  kind: RecoveryKind;
  financialYear: string | null;
  budgetLineId: string;
  contingencyPence: number;
  plannedPence: number;
  recoverPence: number;
  method: RecoveryMethod;
  reasons: string;
};

/**
 * Records what the officer decided to recover from one family's account, and why: for an underspend
 * (balance over the policy's weeks) or for what was left at a year's end. The balance and threshold
 * are worked out here, not taken from the form; money already under an earlier decision is not counted twice.
 */
export async function recordRecoveryDecision(ctx: ServiceContext, input: RecoveryDecisionInput): Promise<string> {
  const account = await loadAccountRow(ctx, input.accountId);
  const settings = await loadFinanceSettings(ctx);
  let asAt: string | undefined;
  if (input.kind === "year_end") {
    if (!input.financialYear) throw new ValidationError("financialYear", "is required for a year-end decision");
    asAt = financialYearEnd(input.financialYear);
    if (asAt >= ctx.today) throw new ValidationError("financialYear", "has not ended yet");
  }
  const { recoverableBalancePence } = await loadRecoverableBalance(ctx, input.accountId, asAt);
  const lines = await findDirectPaymentLines(ctx, account.child_id, ctx.today);
  if (!lines.some((l) => l.id === input.budgetLineId)) throw new ValidationError("budgetLineId", "is not a direct payment line of this child");
  let thresholdPence = 0;
  if (input.kind === "underspend") {
    const flag = flagUnderspend(recoverableBalancePence, annualRate(lines, ctx.today), settings.underspendWeeks);
    if (flag.status === "not_set") throw new ValidationError("kind", "cannot be underspend: the policy sets no underspend threshold");
    thresholdPence = flag.thresholdPence;
  }
  const proposal = { ...input, balancePence: recoverableBalancePence, thresholdPence };
  const problem = checkRecoveryDecision(proposal)[0];
  if (problem) throw new ValidationError(problem.field, problem.message);
  let id: string;
  try {
    const row = await ctx.db
      .insertInto("recovery_decision")
      .values({
        council_id: ctx.councilId, account_id: input.accountId, budget_line_id: input.budgetLineId, kind: input.kind,
        financial_year: input.kind === "year_end" ? input.financialYear : null, decided_on: ctx.today, balance_pence: recoverableBalancePence,
        threshold_pence: thresholdPence, contingency_pence: input.contingencyPence, planned_pence: input.plannedPence, recover_pence: input.recoverPence,
        method: input.method, reasons: input.reasons.trim(), decided_by: ctx.actorUserId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    id = row.id;
  } catch (error) {
    rethrowUniqueAsConflict(error, `A year-end decision for ${input.financialYear} is already recorded for this account.`);
  }
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "recovery.decide", entity: "recovery_decision", entityId: id, childId: account.child_id,
    after: { kind: input.kind, financialYear: input.financialYear, balancePence: recoverableBalancePence, thresholdPence, contingencyPence: input.contingencyPence, plannedPence: input.plannedPence, recoverPence: input.recoverPence, method: input.method, reasons: input.reasons.trim() },
  });
  await queueRecoveryDecision(ctx, { decisionId: id, childId: account.child_id, decidedOn: ctx.today });
  return id;
}
