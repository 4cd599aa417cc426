import { isReviewRequestLate } from "@pb/budgets";
import type { Stream } from "@pb/eligibility";
import { describeNoReviewRequestLimit, describeStatutoryRoutes, type ChallengeSection } from "@pb/reports";
import { describeTimeLimit } from "@pb/reviews";
import type { ServiceContext } from "../../shared/context";
import { getPolicyInForce } from "../../policy/policy-in-force";
import { describeDecisionGuide, type DecisionGuide } from "../decisions/decision-guide";
import { loadRequestLine } from "../decisions/load-request-line";
import { readCheckReasons, type CheckReason } from "../decisions/stored-reasons";
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
  familyToldOn: string | null;
  /** Null when the policy sets no time limit for asking: then never late. */
  requestDeadlineOn: string | null;
  requestedOn: string;
  receivedOn: string;
  late: boolean;
  /** Null when the policy sets no time limit for the council's decision. */
  decisionDeadlineOn: string | null;
  /** Still open after the council's deadline. */
  overdue: boolean;
  /** The rules, in words, that set the two deadlines, or that say the policy sets none. */
  rules: { request: { rule: string; source: string | null }; decision: { rule: string; source: string | null } };
  /** "… sets no time limit for asking for a review.", or null when it sets one. */
  noRequestLimit: string | null;
  /** The routes the law keeps open whatever the review decides (mediation, Tribunal, complaints). */
  routes: ChallengeSection[];
  grounds: string;
  meetingOn: string | null;
  outcome: "upheld" | "changed" | "withdrawn" | null;
  outcomeOn: string | null;
  outcomeNotes: string;
  outcomeLetterSentOn: string | null;
  /** The panel the policy in force today names for the line's stream, for a changed decision. */
  panel: string | null;
};

function describeRules(decision: Awaited<ReturnType<typeof loadDecisionForReview>>): DisagreementView["rules"] {
  const { policy } = decision.policy;
  const words = (kind: "review_request" | "review_decision") => {
    const w = describeTimeLimit(policy.timeLimits, kind, policy.name);
    return { rule: w.rule, source: w.source };
  };
  return { request: words("review_request"), decision: words("review_decision") };
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
    overdue: g.outcome === null && g.decision_deadline_on !== null && ctx.today > g.decision_deadline_on,
    rules: describeRules(decision),
    noRequestLimit: decision.policy.policy.timeLimits.reviewRequest ? null : describeNoReviewRequestLimit(decision.policy.policy),
    routes: describeStatutoryRoutes(decision.policy.policy),
    grounds: g.grounds,
    meetingOn: g.meeting_on,
    outcome: g.outcome,
    outcomeOn: g.outcome_on,
    outcomeNotes: g.outcome_notes,
    outcomeLetterSentOn: g.outcome_letter_sent_on,
    panel: policyToday?.policy.streams[line.stream as Stream]?.panel?.name ?? null,
    guide: await describeDecisionGuide(ctx, { id: line.id, service: line.service, stream: line.stream, arrangement: line.arrangement, annualCostPence: line.annual_cost_pence, checkOutcome: line.check_outcome }, policyToday?.policy ?? null),
  };
}
