import type { RunCandidate } from "@pb/budgets";
import type { ServiceContext } from "../shared/context";
import { judgePayability, payabilityFacts } from "./payability-check";

export type CandidateRow = RunCandidate & { childId: string; childReference: string; service: string; budgetLineId: string };

/**
 * Instalments due in [from, to] that no live run holds (scheduled, or failed and so to try again),
 * each judged by the payability rule. Direct payments name their child's account, when it exists.
 */
export async function findRunCandidates(ctx: ServiceContext, from: string, to: string): Promise<CandidateRow[]> {
  const rows = await ctx.db
    .selectFrom("payment as p")
    .innerJoin("budget_line as l", (j) => j.onRef("l.council_id", "=", "p.council_id").onRef("l.id", "=", "p.budget_line_id"))
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "l.council_id").onRef("b.id", "=", "l.budget_id"))
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "b.council_id").onRef("c.id", "=", "b.child_id"))
    .leftJoin("dp_account as a", (j) => j.onRef("a.council_id", "=", "c.council_id").onRef("a.child_id", "=", "c.id"))
    .select([
      "p.id", "p.due_on", "p.amount_pence", "p.stream", "p.arrangement", "l.id as lineId", "l.service", "c.id as childId", "c.reference", "a.id as accountId",
      payabilityFacts.as("facts"),
    ])
    .where("p.council_id", "=", ctx.councilId)
    .where("p.status", "in", ["scheduled", "failed"])
    .where("p.due_on", ">=", from)
    .where("p.due_on", "<=", to)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("payment_run_item as i").select("i.id").whereRef("i.council_id", "=", "p.council_id").whereRef("i.payment_id", "=", "p.id").where("i.outcome", "<>", "failed"))),
    )
    .orderBy("p.due_on")
    .orderBy("p.id")
    .execute();
  return rows.map((r) => {
    const verdict = judgePayability(r.facts);
    return {
      paymentId: r.id, accountId: r.arrangement === "direct_payment" ? r.accountId : null, stream: r.stream, arrangement: r.arrangement, dueOn: r.due_on,
      amountPence: r.amount_pence, payable: verdict.payable, reasons: verdict.reasons, childId: r.childId, childReference: r.reference, service: r.service, budgetLineId: r.lineId,
    };
  });
}
