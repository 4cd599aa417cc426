import { findConfirmationIssues, type ConfirmationResult } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import { sql } from "kysely";
import type { ServiceContext } from "../../shared/context";
import { ConflictError, NotFoundError, ValidationError } from "../../shared/errors";
import { updateAtVersion } from "../../shared/versioned-update";

export type ConfirmConditionInput = {
  conditionId: string;
  version: number;
  result: ConfirmationResult;
  what: string;
  confirmedBy: string;
  confirmedOn: string;
  evidence: string;
};

/**
 * Records, after the decision, that a pending condition of an approval was confirmed (and so its line
 * may be paid, the other rules allowing) or found not met (nothing is paid and the panel must decide
 * the line again). Once confirmed or found not met, a condition is not changed here.
 */
export async function confirmCondition(ctx: ServiceContext, input: ConfirmConditionInput): Promise<{ id: string; status: ConfirmationResult; version: number }> {
  const condition = await ctx.db
    .selectFrom("decision_condition as k")
    .innerJoin("request_line as l", (j) => j.onRef("l.council_id", "=", "k.council_id").onRef("l.id", "=", "k.request_line_id"))
    .innerJoin("pb_request as r", (j) => j.onRef("r.council_id", "=", "l.council_id").onRef("r.id", "=", "l.request_id"))
    .select([
      "k.id", "k.code", "k.status", "k.request_line_id", "r.child_id", "r.received_on",
      // The line's current decision: the one no later decision supersedes.
      sql<string | null>`(select d.outcome from decision d where d.council_id = k.council_id and d.request_line_id = k.request_line_id
        and not exists (select 1 from decision s where s.council_id = d.council_id and s.supersedes_decision_id = d.id) order by d.created_at desc limit 1)`.as("currentOutcome"),
    ])
    .where("k.council_id", "=", ctx.councilId)
    .where("k.id", "=", input.conditionId)
    .executeTakeFirst();
  if (!condition) throw new NotFoundError("That condition");
  if (condition.status !== "pending") {
    throw new ConflictError(condition.status === "confirmed" ? "That condition is already confirmed." : "That condition was found not met: the panel must decide the line again.");
  }
  if (condition.currentOutcome === "refused") throw new ConflictError("The line is now refused, so nothing waits on this condition.");
  const issue = findConfirmationIssues(input, { requestReceivedOn: condition.received_on, today: ctx.today })[0];
  if (issue) throw new ValidationError(issue.field, issue.message);
  const recorded = { status: input.result, what: input.what.trim(), confirmed_by: input.confirmedBy.trim(), confirmed_on: input.confirmedOn, evidence: input.evidence.trim(), confirmed_by_user_id: ctx.actorUserId };
  const updated = await updateAtVersion(ctx, "decision_condition", condition.id, input.version, recorded, "The condition");
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "decision_condition.confirm", entity: "decision_condition", entityId: condition.id, childId: condition.child_id,
    before: { status: condition.status },
    after: { requestLineId: condition.request_line_id, code: condition.code, status: input.result, what: recorded.what, confirmedBy: recorded.confirmed_by, confirmedOn: input.confirmedOn, evidence: recorded.evidence },
  });
  return { id: condition.id, status: input.result, version: Number(updated.version) };
}
