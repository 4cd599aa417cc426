import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";

function selectDecisionRows(ctx: ServiceContext) {
  return ctx.db
    .selectFrom("decision as d")
    .innerJoin("request_line as l", (j) => j.onRef("l.council_id", "=", "d.council_id").onRef("l.id", "=", "d.request_line_id"))
    .innerJoin("pb_request as r", (j) => j.onRef("r.council_id", "=", "l.council_id").onRef("r.id", "=", "l.request_id"))
    .select([
      "d.id", "d.outcome", "d.amount_pence", "d.arrangement", "d.reasons", "d.panel", "d.decided_on", "d.family_told_on", "d.letter_sent_on",
      "d.policy_version_id", "d.supersedes_decision_id", "d.version", "d.judgements", "l.line_no", "l.stream", "l.service", "l.recipient",
      "l.arrangement as requested_arrangement", "l.annual_cost_pence", "l.check_reasons", "r.id as request_id", "r.child_id", "r.received_on",
    ])
    .where("d.council_id", "=", ctx.councilId);
}

export type LetterDecisionRow = Awaited<ReturnType<ReturnType<typeof selectDecisionRows>["executeTakeFirstOrThrow"]>>;

/**
 * The decisions one letter tells the family: the panel's first decisions on the request's lines made
 * the same day as this one; or, for a decision made on review, that decision alone.
 */
export async function findLetterDecisions(ctx: ServiceContext, decisionId: string): Promise<{ main: LetterDecisionRow; group: LetterDecisionRow[] }> {
  const main = await selectDecisionRows(ctx).where("d.id", "=", decisionId).executeTakeFirst();
  if (!main) throw new NotFoundError("That decision");
  if (main.supersedes_decision_id) return { main, group: [main] };
  const group = await selectDecisionRows(ctx)
    .where("r.id", "=", main.request_id)
    .where("d.supersedes_decision_id", "is", null)
    .where("d.decided_on", "=", main.decided_on)
    .orderBy("l.line_no")
    .execute();
  return { main, group };
}
