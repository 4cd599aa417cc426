import { computeReturnDue, returnPeriodOf } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { findDirectPaymentLines, loadAccountRow } from "./accounts-shared";
import { rethrowUniqueAsConflict } from "./finance-errors";
import { loadFinanceSettings } from "./finance-settings";

export type RecordReturnInput = {
  accountId: string;
  periodStart: string;
  receivedOn: string;
  lines: { budgetLineId: string; spentPence: number }[];
  closingBalancePence: number | null;
  notes: string;
};

/**
 * Records a period's return: spending by budget line (each a spending entry on the account) and the
 * closing balance the family reported. One return per period; a mistake is put right by reversing entries.
 */
export async function recordReturn(ctx: ServiceContext, input: RecordReturnInput): Promise<string> {
  const account = await loadAccountRow(ctx, input.accountId);
  const settings = await loadFinanceSettings(ctx, input.periodStart);
  const period = returnPeriodOf(settings.returnFrequency, input.periodStart);
  if (period.start !== input.periodStart) throw new ValidationError("periodStart", `must be the start of a return period (${period.start})`);
  if (period.start > ctx.today) throw new ValidationError("periodStart", "is a period that has not started yet");
  if (input.receivedOn > ctx.today) throw new ValidationError("receivedOn", "cannot be in the future");
  const lines = await findDirectPaymentLines(ctx, account.child_id, period.end);
  const known = new Map(lines.map((l) => [l.id, l]));
  const seen = new Set<string>();
  input.lines.forEach((l, i) => {
    if (!known.has(l.budgetLineId)) throw new ValidationError(`lines.${i}.budgetLineId`, "is not a direct payment line of this child");
    if (seen.has(l.budgetLineId)) throw new ValidationError(`lines.${i}.budgetLineId`, "appears twice");
    seen.add(l.budgetLineId);
  });
  let returnId: string;
  try {
    const row = await ctx.db
      .insertInto("dp_return")
      .values({
        council_id: ctx.councilId, account_id: input.accountId, period_start: period.start, period_end: period.end, due_on: computeReturnDue(period.end, settings.returnDue),
        received_on: input.receivedOn, closing_balance_reported_pence: input.closingBalancePence, notes: input.notes.trim(), created_by: ctx.actorUserId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    returnId = row.id;
  } catch (error) {
    rethrowUniqueAsConflict(error, `A return for ${period.label} is already recorded. Correct it by reversing its entries on the account.`);
  }
  for (const l of input.lines) {
    await ctx.db.insertInto("return_line").values({ council_id: ctx.councilId, return_id: returnId, budget_line_id: l.budgetLineId, spent_pence: l.spentPence }).execute();
    const line = known.get(l.budgetLineId);
    if (l.spentPence > 0 && line) {
      await ctx.db.insertInto("account_entry").values({
        council_id: ctx.councilId, account_id: input.accountId, kind: "spending", amount_pence: l.spentPence, stream: line.stream, budget_line_id: line.id,
        occurred_on: period.end < input.receivedOn ? period.end : input.receivedOn, return_id: returnId, note: `Return for ${period.label}`, created_by: ctx.actorUserId,
      }).execute();
    }
  }
  const spent = input.lines.reduce((s, l) => s + l.spentPence, 0);
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "return.record", entity: "dp_return", entityId: returnId, childId: account.child_id, after: { period: period.label, spentPence: spent, closingBalancePence: input.closingBalancePence } });
  return returnId;
}
