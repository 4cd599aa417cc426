import { findConfirmationIssues, findLineConditions, findUnmetConditionsBlockingApproval, type ConditionStatus, type DecisionOutcome } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import type { LoadedRequestLine } from "../decisions/load-request-line";
import { readCheckReasons } from "../decisions/stored-reasons";
import type { ConditionInput } from "./condition-input";

/**
 * Records, with an approval of a conditional line, each of its conditions: confirmed (what, who, when,
 * evidence), found not met, or pending, so that nothing of the line is paid until each is confirmed.
 * A condition already confirmed for the line (before a review's new decision) stays confirmed. An
 * approval cannot rest on a condition found not met. `field` names the input for errors.
 */
export async function recordDecisionConditions(
  ctx: ServiceContext,
  args: { line: LoadedRequestLine; decisionId: string; outcome: DecisionOutcome; conditions: readonly ConditionInput[]; field: string; open?: readonly { code: string; message: string }[] },
): Promise<void> {
  const { line, field } = args;
  // An approval passes what the check on its terms left to confirm; otherwise the stored check says.
  const open = args.open ?? findLineConditions(line.check_outcome, readCheckReasons(line.check_reasons));
  for (const [i, c] of args.conditions.entries()) {
    if (!open.some((o) => o.code === c.code)) {
      const known = open.length ? `this line's conditions are ${open.map((o) => o.code).join(", ")}` : "this line's check left nothing to confirm";
      throw new ValidationError(`${field}.${i}.code`, `is not a condition of this line: ${known}`);
    }
    if (args.conditions.findIndex((o) => o.code === c.code) !== i) throw new ValidationError(`${field}.${i}.code`, "is given twice");
    if (c.result === "pending") continue;
    const issue = findConfirmationIssues(c, { requestReceivedOn: line.received_on, today: ctx.today })[0];
    if (issue) throw new ValidationError(`${field}.${i}.${issue.field}`, issue.message);
  }
  if (args.outcome === "refused" || open.length === 0) return;

  const existing = await ctx.db.selectFrom("decision_condition").select(["id", "code", "status"]).where("council_id", "=", ctx.councilId).where("request_line_id", "=", line.id).execute();
  const states = open.map((o) => {
    const before = existing.find((e) => e.code === o.code);
    const given = args.conditions.find((c) => c.code === o.code);
    const status: ConditionStatus = before?.status === "confirmed" ? "confirmed" : given && given.result !== "pending" ? given.result : (before?.status ?? "pending");
    return { ...o, before, given: before?.status === "confirmed" ? undefined : given, status };
  });
  const unmet = findUnmetConditionsBlockingApproval(args.outcome, states);
  if (unmet.length > 0) {
    const at = args.conditions.findIndex((c) => unmet.includes(c.code));
    throw new ValidationError(at >= 0 ? `${field}.${at}.result` : field, `a condition found not met (${unmet.join(", ")}) is not a confirmation: the panel cannot approve this line on it, so refuse the line with reasons`);
  }
  for (const s of states) {
    const recorded = s.given && s.given.result !== "pending"
      ? { status: s.given.result, what: s.given.what.trim(), confirmed_by: s.given.confirmedBy.trim(), confirmed_on: s.given.confirmedOn, evidence: s.given.evidence.trim(), confirmed_by_user_id: ctx.actorUserId }
      : null;
    if (!s.before) {
      await ctx.db.insertInto("decision_condition").values({ council_id: ctx.councilId, request_line_id: line.id, decision_id: args.decisionId, code: s.code, description: s.message, ...(recorded ?? { status: "pending" }) }).execute();
    } else if (recorded) {
      await ctx.db.updateTable("decision_condition").set({ ...recorded, version: (eb) => eb("version", "+", 1) }).where("council_id", "=", ctx.councilId).where("id", "=", s.before.id).execute();
    }
  }
  await writeAudit(ctx.db, {
    councilId: ctx.councilId, actorUserId: ctx.actorUserId, action: "decision.conditions", entity: "decision", entityId: args.decisionId, childId: line.child_id,
    after: { requestLineId: line.id, conditions: states.map((s) => ({ code: s.code, status: s.status, ...(s.given && s.given.result !== "pending" ? { what: s.given.what.trim(), confirmedBy: s.given.confirmedBy.trim(), confirmedOn: s.given.confirmedOn, evidence: s.given.evidence.trim() } : {}) })) },
  });
}
