import { findDecisionIssues, settleDecisionTerms, type DecisionArrangement, type DecisionReasonInput, type ProposedDecision } from "@pb/budgets";
import { writeAudit } from "@pb/db";
import { findJudgementIssues, judgeExceptions, listJudgementQuestions, type ExceptionInput, type JudgementAnswer, type Policy, type Stream } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { getPolicyInForce } from "../../policy/policy-in-force";
import type { ConditionInput } from "../conditions/condition-input";
import { recordDecisionConditions } from "../conditions/record-decision-conditions";
import { checkLineAgain } from "./check-line-again";
import type { LoadedRequestLine } from "./load-request-line";
import { readCheckReasons, resolveReasonSource } from "./stored-reasons";

export type PanelDecisionInput = {
  outcome: ProposedDecision["outcome"];
  amountPence: number | null;
  arrangement: DecisionArrangement | null;
  reasons: DecisionReasonInput[];
  /** Typed in only when the policy names no panel for the line's stream. */
  panel: string | null;
  /** For a conditional line: each condition confirmed, found not met, or left pending (the default). */
  conditions?: ConditionInput[];
  // Issue 17: each failing rule of the council's own policy an approval sets aside, and the panel's
  // answers to the policy's judgement questions (left out: none).
  exceptions?: ExceptionInput[];
  judgements?: JudgementAnswer[];
};

/**
 * Checks a decision against the rules and the policy in force on its date, then writes it with
 * that version's id and every reason's source. `field` prefixes field names (for a nested form).
 */
export async function writeDecision(
  ctx: ServiceContext,
  args: {
    line: LoadedRequestLine;
    decision: PanelDecisionInput;
    decidedOn: string;
    supersedesDecisionId: string | null;
    field?: string;
    dateField: string;
    /** Only a panel member may set a rule of the policy aside (issue 17). */
    maySetRulesAside?: boolean;
  },
): Promise<string> {
  const { line, decision, decidedOn } = args;
  const name = (f: string) => (args.field ? `${args.field}.${f}` : f);
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, decidedOn);
  if (!policy) throw new ValidationError(args.dateField, `no policy was in force on ${decidedOn}, so the decision cannot be judged by one`);
  const requested = { annualCostPence: line.annual_cost_pence, arrangement: line.arrangement as DecisionArrangement, recipient: line.recipient, checkOutcome: line.check_outcome };
  const issue = findDecisionIssues(requested, decision)[0];
  if (issue) throw new ValidationError(name(issue.field), issue.message);
  const panel = policy.policy.streams[line.stream as Stream]?.panel?.name ?? decision.panel?.trim();
  if (!panel) throw new ValidationError(name("panel"), "is required: the policy names no panel for this stream, so say which panel decided (R12)");
  const checkReasons = readCheckReasons(line.check_reasons);
  const reasons = decision.reasons.map((r) => {
    const stored = { code: r.code ?? null, text: r.text.trim(), source: r.source?.trim() || null };
    return { ...stored, source: resolveReasonSource(stored, checkReasons, policy.policy, panel) };
  });
  const { amountPence, arrangement } = settleDecisionTerms(requested, decision);
  const judged = await judgeAgainstPolicy(ctx, args, policy.policy, { amountPence, arrangement }, name);
  const row = await ctx.db
    .insertInto("decision")
    .values({
      council_id: ctx.councilId,
      request_line_id: line.id,
      outcome: decision.outcome,
      amount_pence: amountPence,
      arrangement,
      reasons: JSON.stringify(reasons),
      panel,
      decided_on: decidedOn,
      decided_by: ctx.actorUserId,
      policy_version_id: policy.versionId,
      supersedes_decision_id: args.supersedesDecisionId,
      judgements: JSON.stringify(judged.judgements),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const e of judged.exceptions) {
    await ctx.db
      .insertInto("decision_exception")
      .values({ council_id: ctx.councilId, decision_id: row.id, request_line_id: line.id, reason_code: e.code, rule: e.rule, source: e.source, reasons: e.reasons, decided_on: decidedOn, policy_version_id: judged.checkVersionId })
      .execute();
  }
  await writeAudit(ctx.db, {
    councilId: ctx.councilId,
    actorUserId: ctx.actorUserId,
    action: "decision.record",
    entity: "decision",
    entityId: row.id,
    childId: line.child_id,
    after: {
      requestLineId: line.id, outcome: decision.outcome, amountPence, arrangement, reasons, panel, decidedOn, policyVersionId: policy.versionId, supersedesDecisionId: args.supersedesDecisionId,
      exceptions: judged.exceptions, judgements: judged.judgements,
    },
  });
  // The conditions come from the check on the approved terms, so a line approved as an exception carries them too.
  await recordDecisionConditions(ctx, { line, decisionId: row.id, outcome: decision.outcome, conditions: decision.conditions ?? [], open: judged.pending, field: name("conditions") });
  return row.id;
}

/**
 * Issue 17: an approval of what the law excludes is refused; each failing rule of the council's own
 * policy must be set aside by a panel member with reasons; the judgement questions of the policy in
 * force on the decision date must be answered as the decision needs (R8 before a direct payment).
 */
async function judgeAgainstPolicy(
  ctx: ServiceContext,
  args: { line: LoadedRequestLine; decision: PanelDecisionInput; maySetRulesAside?: boolean },
  policy: Policy,
  terms: { amountPence: number | null; arrangement: DecisionArrangement | null },
  name: (f: string) => string,
) {
  const { line, decision } = args;
  const approving = decision.outcome !== "refused";
  const asked = decision.exceptions ?? [];
  const decided = { amountPence: terms.amountPence ?? line.annual_cost_pence, arrangement: terms.arrangement ?? line.arrangement };
  const check = approving ? await checkLineAgain(ctx, line.id, decided, name("outcome")) : { failing: [], pending: [], policyVersionId: line.policy_version_id };
  const { issues, recorded } = judgeExceptions({ service: line.service, arrangement: decided.arrangement }, check.failing, asked, approving);
  const issue = issues[0];
  if (issue) throw new ValidationError(name(issue.field), issue.message);
  if (recorded.length > 0 && !args.maySetRulesAside) {
    throw new ValidationError(name("exceptions"), "only a panel member can set a rule of the council's policy aside: ask a panel member to record this decision");
  }
  const answers = (decision.judgements ?? []).map((a) => ({ topic: a.topic, answer: a.answer, note: a.note?.trim() || null }));
  const questions = listJudgementQuestions(policy, { stream: line.stream, arrangement: decided.arrangement });
  const judgementIssue = findJudgementIssues(questions, answers, approving)[0];
  if (judgementIssue) throw new ValidationError(name(judgementIssue.field), judgementIssue.message);
  return { exceptions: recorded, judgements: answers, checkVersionId: check.policyVersionId, pending: check.pending };
}
