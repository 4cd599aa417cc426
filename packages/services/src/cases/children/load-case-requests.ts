import type { ServiceContext } from "../../shared/context";
import { loadLineConditions } from "../conditions/load-line-conditions";
import { loadDecisionExceptions } from "../decisions/decision-judgement";
import type { CaseDecision, CaseDisagreement, CaseRequest } from "./case-view";

const NO_ID = "00000000-0000-0000-0000-000000000000";
const idsOr = (ids: string[]) => (ids.length ? ids : [NO_ID]);

/** The child's requests with their lines, the decision standing on each line, and any reviews of decisions. */
export async function loadCaseRequests(ctx: ServiceContext, childId: string): Promise<{ requests: CaseRequest[]; disagreements: CaseDisagreement[] }> {
  const requests = await ctx.db
    .selectFrom("pb_request")
    .select(["id", "stage", "received_on", "status", "plan_id"])
    .where("council_id", "=", ctx.councilId)
    .where("child_id", "=", childId)
    .orderBy("received_on", "desc")
    .orderBy("created_at", "desc")
    .execute();
  const lines = await ctx.db
    .selectFrom("request_line")
    .select(["id", "request_id", "line_no", "stream", "service", "arrangement", "annual_cost_pence", "check_outcome", "check_reasons"])
    .where("council_id", "=", ctx.councilId)
    .where("request_id", "in", idsOr(requests.map((r) => r.id)))
    .orderBy("line_no")
    .execute();
  const decisions = await ctx.db
    .selectFrom("decision")
    .select(["id", "request_line_id", "outcome", "amount_pence", "arrangement", "decided_on", "family_told_on", "letter_sent_on", "supersedes_decision_id", "created_at"])
    .where("council_id", "=", ctx.councilId)
    .where("request_line_id", "in", idsOr(lines.map((l) => l.id)))
    .orderBy("created_at")
    .execute();
  const carried = await ctx.db
    .selectFrom("budget_line")
    .select(["budget_id", "decision_id"])
    .where("council_id", "=", ctx.councilId)
    .where("decision_id", "in", idsOr(decisions.map((d) => d.id)))
    .execute();
  const disagreements = await ctx.db
    .selectFrom("disagreement")
    .select(["id", "decision_id", "requested_on", "request_deadline_on", "decision_deadline_on", "meeting_on", "outcome", "outcome_on", "outcome_letter_sent_on"])
    .where("council_id", "=", ctx.councilId)
    .where("decision_id", "in", idsOr(decisions.map((d) => d.id)))
    .orderBy("requested_on", "desc")
    .execute();

  const conditions = await loadLineConditions(ctx, lines.map((l) => ({ id: l.id, checkOutcome: l.check_outcome, checkReasons: l.check_reasons })));
  const exceptions = await loadDecisionExceptions(ctx, decisions.map((d) => d.id));
  const superseded = new Set(decisions.map((d) => d.supersedes_decision_id).filter(Boolean));
  const requestOfLine = new Map(lines.map((l) => [l.id, l.request_id]));
  const toDecision = (d: (typeof decisions)[number]): CaseDecision => ({
    id: d.id, outcome: d.outcome, amountPence: d.amount_pence, arrangement: d.arrangement, decidedOn: d.decided_on, familyToldOn: d.family_told_on, letterSentOn: d.letter_sent_on,
    exceptions: (exceptions.get(d.id) ?? []).map((e) => e.words),
  });
  return {
    requests: requests.map((r) => ({
      id: r.id,
      stage: r.stage,
      receivedOn: r.received_on,
      status: r.status,
      planId: r.plan_id,
      lines: lines
        .filter((l) => l.request_id === r.id)
        .map((l) => {
          const ofLine = decisions.filter((d) => d.request_line_id === l.id);
          const standing = ofLine.filter((d) => !superseded.has(d.id)).at(-1) ?? ofLine.at(-1) ?? null;
          const budgetId = carried.find((c) => ofLine.some((d) => d.id === c.decision_id))?.budget_id ?? null;
          return {
            id: l.id, lineNo: l.line_no, stream: l.stream, service: l.service, arrangement: l.arrangement, annualCostPence: l.annual_cost_pence, checkOutcome: l.check_outcome,
            decision: standing ? toDecision(standing) : null,
            budgetId,
            needsBudget: standing !== null && standing.outcome !== "refused" && budgetId === null && r.status !== "withdrawn",
            conditions: (conditions.get(l.id) ?? []).filter((c) => c.id !== null),
          };
        }),
    })),
    disagreements: disagreements.map((g) => {
      const decision = decisions.find((d) => d.id === g.decision_id);
      return {
        id: g.id, decisionId: g.decision_id, requestId: (decision && requestOfLine.get(decision.request_line_id)) ?? "",
        requestedOn: g.requested_on, requestDeadlineOn: g.request_deadline_on, decisionDeadlineOn: g.decision_deadline_on, meetingOn: g.meeting_on, outcome: g.outcome, outcomeOn: g.outcome_on,
        outcomeLetterSentOn: g.outcome_letter_sent_on,
      };
    }),
  };
}
