import { parseRemittance } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { ConflictError, ValidationError } from "../shared/errors";
import { withFileErrors } from "./finance-errors";
import { loadRunRow } from "./get-payment-run";
import { settleRunItem } from "./settle-run-item";

/**
 * Marks a run's payments from the finance system's remittance CSV. The whole file is checked first
 * and applied in one transaction: any bad row rejects it all, so nothing is half imported.
 * Importing the same remittance twice changes nothing the second time.
 */
export async function importRemittance(ctx: ServiceContext, input: { runId: string; file: Uint8Array }): Promise<{ paid: number; failed: number; unchanged: number }> {
  const run = await loadRunRow(ctx, input.runId);
  if (run.status !== "approved") throw new ConflictError("Approve the run before importing its remittance.");
  const items = await ctx.db.selectFrom("payment_run_item").select(["id", "reference", "net_pence"]).where("council_id", "=", ctx.councilId).where("run_id", "=", input.runId).execute();
  const lines = await withFileErrors(() => parseRemittance(input.file, items.map((i) => ({ reference: i.reference, netPence: i.net_pence }))));
  const idOf = new Map(items.map((i) => [i.reference, i.id]));
  const counts = { paid: 0, failed: 0, unchanged: 0 };
  for (const [index, line] of lines.entries()) {
    const itemId = idOf.get(line.reference);
    if (!itemId) continue;
    if (line.date > ctx.today) throw new ValidationError(`row ${index + 2}, column Date`, "cannot be in the future");
    const result = await settleRunItem(ctx, itemId, { outcome: line.outcome, on: line.date, reason: line.reason });
    counts[result === "unchanged" ? "unchanged" : line.outcome]++;
  }
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "payment_run.import_remittance", entity: "payment_run", entityId: input.runId, after: counts });
  return counts;
}
