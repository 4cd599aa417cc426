import { renderPaymentFile, type PaymentFileRow } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import { formatCsvRow } from "@pb/reports";
import type { ServiceContext } from "../shared/context";
import { ConflictError } from "../shared/errors";
import { withFileErrors } from "./finance-errors";
import { loadRunRow } from "./get-payment-run";
import { findPaymentFileLayout } from "./payment-file-layouts";

/**
 * The payment file of an approved run in a layout, as CSV text (cells that a spreadsheet would run
 * as formulas are neutralised). It carries payee and card references, never bank details.
 */
export async function buildPaymentFile(ctx: ServiceContext, input: { runId: string; layoutId: string }): Promise<{ fileName: string; csv: string; count: number; totalPence: number }> {
  const run = await loadRunRow(ctx, input.runId);
  if (run.status !== "approved") throw new ConflictError("Approve the run before downloading its payment file.");
  const { layout } = await findPaymentFileLayout(ctx, input.layoutId);
  const rows = await ctx.db
    .selectFrom("payment_run_item as i")
    .innerJoin("payment as p", (j) => j.onRef("p.council_id", "=", "i.council_id").onRef("p.id", "=", "i.payment_id"))
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "l.council_id").onRef("b.id", "=", "l.budget_id"))
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "b.council_id").onRef("c.id", "=", "b.child_id"))
    .leftJoin("dp_account as a", (j) => j.onRef("a.council_id", "=", "i.council_id").onRef("a.id", "=", "i.account_id"))
    .select(["i.reference", "i.net_pence", "i.gross_pence", "i.deduction_pence", "p.due_on", "p.stream", "p.arrangement", "l.service", "c.reference as childReference", "a.payee_reference", "a.card_reference", "a.payment_method"])
    .where("i.council_id", "=", ctx.councilId)
    .where("i.run_id", "=", input.runId)
    .orderBy("i.reference")
    .execute();
  const fileRows: PaymentFileRow[] = rows.map((r) => ({
    reference: r.reference, payOn: run.pay_on, netPence: r.net_pence, grossPence: r.gross_pence, deductionPence: r.deduction_pence,
    payeeReference: r.payee_reference ?? null, cardReference: r.card_reference ?? null, childReference: r.childReference, stream: r.stream,
    arrangement: r.arrangement, service: r.service, dueOn: r.due_on, runNumber: run.run_number, paymentMethod: r.payment_method ?? "bank_transfer",
  }));
  const file = await withFileErrors(() => renderPaymentFile(layout, fileRows));
  const csv = (file.header ? formatCsvRow(file.header) : "") + file.rows.map((r) => formatCsvRow(r)).join("");
  const slug = layout.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "payments";
  await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "payment_file.download", entity: "payment_run", entityId: input.runId, after: { layout: layout.name, count: file.count, totalPence: file.totalPence } });
  return { fileName: `run-${run.run_number}-${slug}.csv`, csv, count: file.count, totalPence: file.totalPence };
}
