import { isReviewRequestLate } from "@pb/budgets";
import type { Stream } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { getPolicyInForce } from "../../policy/policy-in-force";
import { describeDecisionGuide, type DecisionGuide } from "../decisions/decision-guide";
import { loadRequestLine } from "../decisions/load-request-line";
import { readCheckReasons, type CheckReason } from "../decisions/stored-reasons";
import { computeReviewDeadline } from "./compute-review-deadline";
import { loadDecisionForReview } from "./load-decision-for-review";
import { loadDisagreement } from "./load-disagreement";

export type DisagreementView = {
  id: string;
  version: number;
  childId: string;
  childReference: string;
  requestId: string;
  decision: { id: string; outcome: string; decidedOn: string; amountPence: number | null; arrangement: string | null; replacedById: string | null };
  line: { stream: string; service: string; serviceName: string; annualCostPence: number; arrangement: string; recipient: string | null; checkOutcome: string; checkReasons: CheckReason[] };
  /** Issue 17: for a changed decision, the rules the line fails by source and the policy's questions. */
  guide: DecisionGuide;
  familyToldOn: string;
  requestDeadlineOn: string;
  requestedOn: string;
  receivedOn: string;
  late: boolean;
  decisionDeadlineOn: string;
  /** Still open after the council's deadline. */
  overdue: boolean;
  /** The rules, in words, that set the two deadlines. */
  rules: { request: { rule: string; source: string }; decision: { rule: string; source: string } } | null;
  grounds: string;
  meetingOn: string | null;
  outcome: "upheld" | "changed" | "withdrawn" | null;
  outcomeOn: string | null;
  outcomeNotes: string;
  /** The panel the policy in force today names for the line's stream, for a changed decision. */
  panel: string | null;
};

function describeRules(decision: Awaited<ReturnType<typeof loadDecisionForReview>>, familyToldOn: string, receivedOn: string): DisagreementView["rules"] {
  try {
    const request = computeReviewDeadline(decision.policy, "review_request", familyToldOn, "decisionId");
    const decide = computeReviewDeadline(decision.policy, "review_decision", receivedOn, "decisionId");
    return { request: { rule: request.rule, source: request.source }, decision: { rule: decide.rule, source: decide.source } };
  } catch {
    // The dates are stored; only the words explaining them are missing if the policy is silent.
    return null;
  }
}

/** A review of a decision: its deadlines (late or not), meeting and outcome. */
export async function getDisagreement(ctx: ServiceContext, input: { disagreementId: string }): Promise<DisagreementView> {
  const g = await loadDisagreement(ctx, input.disagreementId);
  const decision = await loadDecisionForReview(ctx, g.decision_id);
  const line = await loadRequestLine(ctx, decision.request_line_id);
  const child = await ctx.db.selectFrom("child").select("reference").where("council_id", "=", ctx.councilId).where("id", "=", decision.child_id).executeTakeFirstOrThrow();
  const policyToday = await getPolicyInForce(ctx.db, ctx.councilId, ctx.today);
  return {
    id: g.id,
    version: g.version,
    childId: decision.child_id,
    childReference: child.reference,
    requestId: decision.request_id,
    decision: { id: decision.id, outcome: decision.outcome, decidedOn: decision.decided_on, amountPence: decision.amount_pence, arrangement: decision.arrangement, replacedById: decision.replacedById },
    line: { stream: line.stream, service: line.service, serviceName: decision.policy.policy.streams[line.stream as Stream]?.services[line.service]?.name ?? line.service.replaceAll("_", " "), annualCostPence: line.annual_cost_pence, arrangement: line.arrangement, recipient: line.recipient, checkOutcome: line.check_outcome, checkReasons: readCheckReasons(line.check_reasons) },
    familyToldOn: g.family_told_on,
    requestDeadlineOn: g.request_deadline_on,
    requestedOn: g.requested_on,
    receivedOn: g.received_on,
    late: isReviewRequestLate(g.requested_on, g.request_deadline_on),
    decisionDeadlineOn: g.decision_deadline_on,
    overdue: g.outcome === null && ctx.today > g.decision_deadline_on,
    rules: describeRules(decision, g.family_told_on, g.received_on),
    grounds: g.grounds,
    meetingOn: g.meeting_on,
    outcome: g.outcome,
    outcomeOn: g.outcome_on,
    outcomeNotes: g.outcome_notes,
    panel: policyToday?.policy.streams[line.stream as Stream]?.panel?.name ?? null,
    guide: await describeDecisionGuide(ctx, { id: line.id, service: line.service, stream: line.stream, arrangement: line.arrangement, annualCostPence: line.annual_cost_pence, checkOutcome: line.check_outcome }, policyToday?.policy ?? null),
  };
}
