import { deriveRequestStatus } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ConflictError, ValidationError } from "../../shared/errors";
import { updateAtVersion } from "../../shared/versioned-update";
import { loadRequestLine } from "./load-request-line";
import { queueDecisionLetters } from "./queue-decision-letters";
import { writeDecision, type PanelDecisionInput } from "./write-decision";

export type RecordDecisionInput = PanelDecisionInput & { requestLineId: string; requestVersion: number; decidedOn: string };

/**
 * The panel's decision on one line (R12, R13), judged by the policy in force on the decision date.
 * The request's version guards against two people deciding from the same stale page.
 */
export async function recordDecision(
  ctx: ServiceContext,
  input: RecordDecisionInput,
  access: { maySetRulesAside?: boolean } = {},
): Promise<{ id: string; requestStatus: string; requestVersion: number }> {
  const line = await loadRequestLine(ctx, input.requestLineId);
  if (line.request_status === "withdrawn") throw new ValidationError("requestLineId", "the request was withdrawn, so its lines are not decided");
  if (input.decidedOn > ctx.today) throw new ValidationError("decidedOn", "cannot be in the future");
  if (input.decidedOn < line.received_on) throw new ValidationError("decidedOn", `cannot be before the request was received (${line.received_on})`);
  const siblings = await ctx.db
    .selectFrom("request_line as l")
    .leftJoin("decision as d", (j) => j.onRef("d.council_id", "=", "l.council_id").onRef("d.request_line_id", "=", "l.id"))
    .select(["l.id", "d.id as decision_id"])
    .where("l.council_id", "=", ctx.councilId)
    .where("l.request_id", "=", line.request_id)
    .execute();
  if (siblings.some((s) => s.id === line.id && s.decision_id !== null)) {
    throw new ConflictError("This line already has a decision. To change it, record the outcome of a review of that decision.");
  }
  const status = deriveRequestStatus("open", siblings.map((s) => ({ decided: s.id === line.id || s.decision_id !== null })));
  const updated = await updateAtVersion(ctx, "pb_request", line.request_id, input.requestVersion, { status }, "The request");
  const id = await writeDecision(ctx, { line, decision: input, decidedOn: input.decidedOn, supersedesDecisionId: null, dateField: "decidedOn", maySetRulesAside: access.maySetRulesAside ?? false });
  if (status === "decided") {
    await queueDecisionLetters(ctx, line.request_id);
    await writeAudit(ctx.db, { councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "request.decided", entity: "pb_request", entityId: line.request_id, childId: line.child_id, before: { status: line.request_status }, after: { status } });
  }
  return { id, requestStatus: status, requestVersion: Number(updated.version) };
}
