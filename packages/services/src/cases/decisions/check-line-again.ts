import { buildCheckInputSchema, listFailingReasons, listPendingReasons, type FailingReason, type Policy } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError, ValidationError } from "../../shared/errors";
import { getPolicyVersion } from "../../policy/policy-in-force";

/** failing: what an approval must set aside (or cannot); pending: the conditions it carries until confirmed. */
export type LineCheck = { failing: FailingReason[]; pending: { code: string; message: string }[]; policy: Policy; policyVersionId: string };

/**
 * The line's check run again on the terms the panel would approve (amount and arrangement), by the
 * policy version and facts the request was checked with on its received date: a request is judged by the
 * policy in force when it was received (createRequest), so the rules an approval sets aside are that
 * version's, in the same words the family was shown. Changing the terms can meet a rule (an approval at
 * the commissioned cost meets R11's comparison; an organised budget is not a direct payment).
 */
export async function checkLineAgain(ctx: ServiceContext, lineId: string, terms: { amountPence: number; arrangement: string }, field: string): Promise<LineCheck> {
  const row = await ctx.db
    .selectFrom("request_line as l")
    .innerJoin("pb_request as r", (j) => j.onRef("r.council_id", "=", "l.council_id").onRef("r.id", "=", "l.request_id"))
    .select([
      "l.stream", "l.service", "l.recipient", "l.on_school_premises", "l.school_agreed", "l.need_identified_by_professional",
      "l.commissioned_cost_pence", "l.linked_outcomes", "l.policy_version_id", "l.checked_on", "r.stage", "r.facts",
    ])
    .where("l.council_id", "=", ctx.councilId)
    .where("l.id", "=", lineId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("That request line");
  const version = await getPolicyVersion(ctx.db, ctx.councilId, row.policy_version_id);
  if (!version) throw new NotFoundError("The policy version the line was checked by");
  const parsed = buildCheckInputSchema(version.policy).safeParse({
    asOf: row.checked_on,
    child: row.facts,
    request: {
      stream: row.stream,
      service: row.service,
      arrangement: terms.arrangement,
      stage: row.stage,
      // A direct payment has a recipient; approved another way, the line has none (an organised budget pays no one).
      recipient: terms.arrangement === "direct_payment" ? row.recipient : null,
      onSchoolPremises: row.on_school_premises,
      schoolAgreed: row.school_agreed,
      needIdentifiedByProfessional: row.need_identified_by_professional,
      annualCostPence: terms.amountPence,
      commissionedCostPence: row.commissioned_cost_pence === null ? null : Number(row.commissioned_cost_pence),
      linkedOutcomes: row.linked_outcomes,
    },
  });
  if (!parsed.success) throw new ValidationError(field, `the line cannot be checked on these terms: ${parsed.error.issues[0]?.message ?? "not valid"}`);
  return { failing: listFailingReasons(version.policy, parsed.data), pending: listPendingReasons(version.policy, parsed.data), policy: version.policy, policyVersionId: row.policy_version_id };
}
