import { planPaymentRun, summarisePaymentRun, type RunException, type RunTotals } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";
import { NotFoundError } from "../shared/errors";
import { findOutstandingRecoveries } from "./outstanding-recoveries";
import { findRunCandidates } from "./run-candidates";

export type RunItemView = {
  id: string | null;
  reference: string | null;
  paymentId: string;
  childReference: string;
  stream: string;
  arrangement: string;
  dueOn: string;
  grossPence: number;
  deductionPence: number;
  netPence: number;
  outcome: "preview" | "pending" | "paid" | "failed";
  outcomeOn: string | null;
  failureReason: string | null;
};

export type PaymentRunView = {
  id: string;
  runNumber: number;
  from: string;
  to: string;
  payOn: string;
  status: "draft" | "approved";
  version: number;
  totals: RunTotals;
  items: RunItemView[];
  exceptions: (RunException & { childReference: string })[];
  settled: { paid: number; failed: number; pending: number };
};

export async function loadRunRow(ctx: ServiceContext, runId: string) {
  const run = await ctx.db.selectFrom("payment_run").selectAll().where("council_id", "=", ctx.councilId).where("id", "=", runId).executeTakeFirst();
  if (!run) throw new NotFoundError("That payment run");
  return run;
}

/** A draft run shows what approving it now would pay (worked out afresh); an approved run shows what it holds. */
export async function getPaymentRun(ctx: ServiceContext, runId: string): Promise<PaymentRunView> {
  const run = await loadRunRow(ctx, runId);
  const candidates = await findRunCandidates(ctx, run.from_on, run.to_on);
  const refs = new Map(candidates.map((c) => [c.paymentId, c.childReference]));
  let items: RunItemView[];
  let exceptions: PaymentRunView["exceptions"];
  if (run.status === "draft") {
    const accounts = [...new Set(candidates.flatMap((c) => (c.accountId ? [c.accountId] : [])))];
    const plan = planPaymentRun(candidates, await findOutstandingRecoveries(ctx, accounts, false));
    items = plan.items.map((i) => ({
      id: null, reference: null, paymentId: i.paymentId, childReference: refs.get(i.paymentId) ?? "", stream: i.stream, arrangement: i.arrangement, dueOn: i.dueOn,
      grossPence: i.grossPence, deductionPence: i.deductionPence, netPence: i.netPence, outcome: "preview", outcomeOn: null, failureReason: null,
    }));
    exceptions = plan.exceptions.map((x) => ({ ...x, childReference: refs.get(x.paymentId) ?? "" }));
  } else {
    items = await loadRunItems(ctx, runId);
    exceptions = candidates.filter((c) => !c.payable).map((c) => ({ paymentId: c.paymentId, stream: c.stream, arrangement: c.arrangement, dueOn: c.dueOn, amountPence: c.amountPence, reasons: [...c.reasons], childReference: c.childReference }));
  }
  return {
    id: run.id, runNumber: run.run_number, from: run.from_on, to: run.to_on, payOn: run.pay_on, status: run.status, version: run.version,
    totals: summarisePaymentRun(items), items, exceptions,
    settled: { paid: items.filter((i) => i.outcome === "paid").length, failed: items.filter((i) => i.outcome === "failed").length, pending: items.filter((i) => i.outcome === "pending").length },
  };
}

export async function loadRunItems(ctx: ServiceContext, runId: string): Promise<RunItemView[]> {
  const rows = await ctx.db
    .selectFrom("payment_run_item as i")
    .innerJoin("payment as p", (j) => j.onRef("p.council_id", "=", "i.council_id").onRef("p.id", "=", "i.payment_id"))
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "l.council_id").onRef("b.id", "=", "l.budget_id"))
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "b.council_id").onRef("c.id", "=", "b.child_id"))
    .select(["i.id", "i.reference", "i.payment_id", "c.reference as childReference", "p.stream", "p.arrangement", "p.due_on", "i.gross_pence", "i.deduction_pence", "i.net_pence", "i.outcome", "i.outcome_on", "i.failure_reason"])
    .where("i.council_id", "=", ctx.councilId)
    .where("i.run_id", "=", runId)
    .orderBy("i.reference")
    .execute();
  return rows.map((r) => ({
    id: r.id, reference: r.reference, paymentId: r.payment_id, childReference: r.childReference, stream: r.stream, arrangement: r.arrangement, dueOn: r.due_on,
    grossPence: r.gross_pence, deductionPence: r.deduction_pence, netPence: r.net_pence, outcome: r.outcome, outcomeOn: r.outcome_on, failureReason: r.failure_reason,
  }));
}
