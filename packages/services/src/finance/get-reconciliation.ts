import { buildReconciliation, type Reconciliation } from "@pb/budgets";
import { getFinanceReconciliationRows } from "@pb/db";
import type { ServiceContext } from "../shared/context";

/** Scheduled, paid, reversed, reported spending and recovered, per stream and month, with the differences. */
export async function getReconciliation(ctx: ServiceContext, input: { from: string; to: string }): Promise<Reconciliation> {
  return buildReconciliation(await getFinanceReconciliationRows(ctx.db, { councilId: ctx.councilId, from: input.from, to: input.to }));
}
