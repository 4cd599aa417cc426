import { importStatement, returnPeriodOf, type StatementMapping, type StatementSummary } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { findDirectPaymentLines, loadAccountRow } from "./accounts-shared";
import { withFileErrors } from "./finance-errors";
import { loadFinanceSettings } from "./finance-settings";

export type StatementPreview = StatementSummary & { periodStart: string; periodEnd: string; suggestedLines: { budgetLineId: string; spentPence: number }[] };

/**
 * Reads a bank or prepaid card statement CSV with a column mapping, to prefill a return: nothing is
 * saved. The money out in the period is put against the account's first line, for the officer to split.
 */
export async function previewStatementImport(ctx: ServiceContext, input: { accountId: string; periodStart: string; mapping: StatementMapping; file: Uint8Array }): Promise<StatementPreview> {
  const account = await loadAccountRow(ctx, input.accountId);
  const settings = await loadFinanceSettings(ctx, input.periodStart);
  const period = returnPeriodOf(settings.returnFrequency, input.periodStart);
  if (period.start !== input.periodStart) throw new ValidationError("periodStart", `must be the start of a return period (${period.start})`);
  const summary = await withFileErrors(() => importStatement(input.file, input.mapping, period.start, period.end));
  const lines = await findDirectPaymentLines(ctx, account.child_id, period.end);
  const first = lines[0];
  return {
    ...summary, periodStart: period.start, periodEnd: period.end,
    suggestedLines: lines.map((l) => ({ budgetLineId: l.id, spentPence: l.id === first?.id ? summary.spentPence : 0 })),
  };
}
