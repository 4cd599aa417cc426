import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { checkRequestLines } from "./check-request-lines";
import type { RequestCheck, RequestInput } from "./request-types";

/**
 * Records a request with a snapshot of the child's facts and, on every line, the check by the policy
 * in force on the received date with that version's id: later versions never change what was found.
 */
export async function createRequest(ctx: ServiceContext, input: RequestInput): Promise<{ id: string } & RequestCheck> {
  const check = await checkRequestLines(ctx, input);
  const request = await ctx.db
    .insertInto("pb_request")
    .values({
      council_id: ctx.councilId,
      child_id: input.childId,
      plan_id: input.planId,
      stage: input.stage,
      received_on: input.receivedOn,
      status: "open",
      facts: JSON.stringify(check.facts),
      created_by: ctx.actorUserId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const [i, line] of input.lines.entries()) {
    const result = check.lines[i];
    if (!result) continue;
    await ctx.db
      .insertInto("request_line")
      .values({
        council_id: ctx.councilId,
        request_id: request.id,
        line_no: i + 1,
        stream: line.stream,
        service: line.service,
        arrangement: line.arrangement,
        recipient: line.recipient,
        on_school_premises: line.onSchoolPremises,
        school_agreed: line.schoolAgreed,
        need_identified_by_professional: line.needIdentifiedByProfessional,
        annual_cost_pence: line.annualCostPence,
        commissioned_cost_pence: line.commissionedCostPence,
        linked_outcomes: JSON.stringify(line.linkedOutcomes),
        check_outcome: result.outcome,
        check_reasons: JSON.stringify(result.reasons),
        policy_version_id: check.policyVersion.id,
        checked_on: input.receivedOn,
      })
      .execute();
  }
  // The facts hold the date of birth, so the audit row records only what was asked and found.
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "request.create",
    entity: "pb_request",
    entityId: request.id,
    childId: input.childId,
    after: {
      stage: input.stage,
      receivedOn: input.receivedOn,
      policyVersionId: check.policyVersion.id,
      lines: input.lines.map((line, i) => ({ stream: line.stream, service: line.service, arrangement: line.arrangement, annualCostPence: line.annualCostPence, checkOutcome: check.lines[i]?.outcome })),
    },
  });
  return { id: request.id, policyVersion: check.policyVersion, lines: check.lines };
}
