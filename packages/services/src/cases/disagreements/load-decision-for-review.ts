import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";
import { getPolicyVersion } from "../../policy/policy-in-force";

/** A decision with the policy version it was made under: the one its review deadlines follow. */
export async function loadDecisionForReview(ctx: ServiceContext, decisionId: string) {
  const decision = await ctx.db
    .selectFrom("decision as d")
    .innerJoin("request_line as l", (j) => j.onRef("l.council_id", "=", "d.council_id").onRef("l.id", "=", "d.request_line_id"))
    .innerJoin("pb_request as r", (j) => j.onRef("r.council_id", "=", "l.council_id").onRef("r.id", "=", "l.request_id"))
    .select(["d.id", "d.request_line_id", "d.outcome", "d.amount_pence", "d.arrangement", "d.decided_on", "d.family_told_on", "d.policy_version_id", "r.child_id", "r.id as request_id"])
    .where("d.council_id", "=", ctx.councilId)
    .where("d.id", "=", decisionId)
    .executeTakeFirst();
  if (!decision) throw new NotFoundError("That decision");
  const version = await getPolicyVersion(ctx.db, ctx.councilId, decision.policy_version_id);
  if (!version) throw new NotFoundError("The policy version of that decision");
  const replacement = await ctx.db.selectFrom("decision").select("id").where("council_id", "=", ctx.councilId).where("supersedes_decision_id", "=", decisionId).executeTakeFirst();
  return {
    ...decision,
    amount_pence: decision.amount_pence === null ? null : Number(decision.amount_pence),
    replacedById: replacement?.id ?? null,
    policy: { policy: version.policy, versionNumber: version.row.version_number },
  };
}
