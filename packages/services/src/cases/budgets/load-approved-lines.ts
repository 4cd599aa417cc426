import { sql } from "kysely";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";

/** A request with the lines whose current decision approves them, as the panel decided them. */
export async function loadApprovedLines(ctx: ServiceContext, requestId: string) {
  const request = await ctx.db
    .selectFrom("pb_request as r")
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "r.council_id").onRef("c.id", "=", "r.child_id"))
    .select(["r.id", "r.child_id", "r.plan_id", "r.status", "c.reference"])
    .where("r.council_id", "=", ctx.councilId)
    .where("r.id", "=", requestId)
    .executeTakeFirst();
  if (!request) throw new NotFoundError("That request");
  const lines = await ctx.db
    .selectFrom("request_line as l")
    .innerJoin("decision as d", (j) => j.onRef("d.council_id", "=", "l.council_id").onRef("d.request_line_id", "=", "l.id"))
    .select([
      "l.id", "l.line_no", "l.stream", "l.service", "l.recipient", "l.on_school_premises", "l.linked_outcomes",
      "d.id as decisionId", "d.outcome", "d.amount_pence", "d.arrangement", "d.decided_on",
    ])
    .where("l.council_id", "=", ctx.councilId)
    .where("l.request_id", "=", requestId)
    .where("d.outcome", "in", ["approved", "approved_changed"])
    // The current decision only: one a later decision (on review) replaced does not count.
    .where(sql<boolean>`not exists (select 1 from decision n where n.council_id = d.council_id and n.supersedes_decision_id = d.id)`)
    .orderBy("l.line_no")
    .execute();
  const existing = await ctx.db
    .selectFrom("budget")
    .select(["id", "status"])
    .where("council_id", "=", ctx.councilId)
    .where("request_id", "=", requestId)
    .orderBy("budget_version")
    .executeTakeFirst();
  const outcomes = request.plan_id
    ? await ctx.db.selectFrom("plan_outcome").select(["code", "description"]).where("council_id", "=", ctx.councilId).where("plan_id", "=", request.plan_id).orderBy("code").execute()
    : [];
  return {
    request,
    existingBudgetId: existing?.id ?? null,
    planOutcomes: outcomes,
    lines: lines.flatMap((l) =>
      l.amount_pence === null || l.arrangement === null
        ? []
        : [{
            requestLineId: l.id, lineNo: l.line_no, stream: l.stream, service: l.service, recipient: l.recipient, onSchoolPremises: l.on_school_premises,
            linkedOutcomes: Array.isArray(l.linked_outcomes) ? l.linked_outcomes.map(String) : [], decisionId: l.decisionId,
            outcome: l.outcome, amountPence: Number(l.amount_pence), arrangement: l.arrangement, decidedOn: l.decided_on,
          }],
    ),
  };
}

export type BudgetSetup = Awaited<ReturnType<typeof loadApprovedLines>>;

/** What the "set up the budget" page needs: the approved lines, the plan's outcomes, any budget already made. */
export async function getBudgetSetup(ctx: ServiceContext, input: { requestId: string }) {
  const setup = await loadApprovedLines(ctx, input.requestId);
  return {
    requestId: setup.request.id, childId: setup.request.child_id, childReference: setup.request.reference,
    existingBudgetId: setup.existingBudgetId, planOutcomes: setup.planOutcomes, lines: setup.lines,
  };
}
