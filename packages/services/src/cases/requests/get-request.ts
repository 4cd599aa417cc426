import { isReviewRequestLate } from "@pb/budgets";
import { STREAMS, type Stream } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError } from "../../shared/errors";
import { getPolicyInForce, getPolicyVersion } from "../../policy/policy-in-force";
import { describeDecisionGuide } from "../decisions/decision-guide";
import { loadDecisionExceptions, readJudgements } from "../decisions/decision-judgement";
import { readCheckReasons, readStoredReasons } from "../decisions/stored-reasons";
import { loadLineConditions } from "../conditions/load-line-conditions";
import type { RequestDecisionView, RequestView } from "./request-view";

async function loadDecisions(ctx: ServiceContext, lineIds: string[]) {
  if (lineIds.length === 0) return [];
  return ctx.db
    .selectFrom("decision as d")
    .innerJoin("policy_version as p", (j) => j.onRef("p.council_id", "=", "d.council_id").onRef("p.id", "=", "d.policy_version_id"))
    .leftJoin("app_user as u", "u.id", "d.decided_by")
    .select(["d.id", "d.request_line_id", "d.outcome", "d.amount_pence", "d.arrangement", "d.reasons", "d.panel", "d.decided_on", "d.family_told_on", "d.letter_sent_on", "d.supersedes_decision_id", "d.version", "d.judgements", "p.version_number", "u.display_name"])
    .where("d.council_id", "=", ctx.councilId)
    .where("d.request_line_id", "in", lineIds)
    .orderBy("d.created_at")
    .execute();
}

async function loadDisagreements(ctx: ServiceContext, decisionIds: string[]) {
  if (decisionIds.length === 0) return [];
  return ctx.db
    .selectFrom("disagreement")
    .select(["id", "decision_id", "requested_on", "request_deadline_on", "outcome"])
    .where("council_id", "=", ctx.councilId)
    .where("decision_id", "in", decisionIds)
    .orderBy("received_on")
    .execute();
}

async function loadServiceNames(ctx: ServiceContext, lines: { policy_version_id: string; stream: string; service: string }[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const versionId of new Set(lines.map((l) => l.policy_version_id))) {
    const version = await getPolicyVersion(ctx.db, ctx.councilId, versionId);
    for (const l of lines.filter((line) => line.policy_version_id === versionId)) {
      const name = version?.policy.streams[l.stream as Stream]?.services[l.service]?.name;
      if (name) names.set(`${versionId}/${l.stream}/${l.service}`, name);
    }
  }
  return names;
}

/** A request with each line's check (and the policy version it used), decisions and reviews. */
export async function getRequest(ctx: ServiceContext, input: { requestId: string }): Promise<RequestView> {
  const request = await ctx.db
    .selectFrom("pb_request as r")
    .innerJoin("child as c", (j) => j.onRef("c.council_id", "=", "r.council_id").onRef("c.id", "=", "r.child_id"))
    .select(["r.id", "r.child_id", "c.reference", "r.plan_id", "r.stage", "r.received_on", "r.status", "r.version"])
    .where("r.council_id", "=", ctx.councilId)
    .where("r.id", "=", input.requestId)
    .executeTakeFirst();
  if (!request) throw new NotFoundError("That request");
  const lines = await ctx.db
    .selectFrom("request_line as l")
    .innerJoin("policy_version as p", (j) => j.onRef("p.council_id", "=", "l.council_id").onRef("p.id", "=", "l.policy_version_id"))
    .selectAll("l")
    .select("p.version_number")
    .where("l.council_id", "=", ctx.councilId)
    .where("l.request_id", "=", input.requestId)
    .orderBy("l.line_no")
    .execute();
  const decisionRows = await loadDecisions(ctx, lines.map((l) => l.id));
  const disagreementRows = await loadDisagreements(ctx, decisionRows.map((d) => d.id));
  const exceptions = await loadDecisionExceptions(ctx, decisionRows.map((d) => d.id));
  const decisions = decisionRows.map((d): RequestDecisionView & { lineId: string } => ({
    lineId: d.request_line_id,
    id: d.id,
    outcome: d.outcome,
    amountPence: d.amount_pence === null ? null : Number(d.amount_pence),
    arrangement: d.arrangement,
    reasons: readStoredReasons(d.reasons),
    panel: d.panel,
    decidedOn: d.decided_on,
    decidedBy: d.display_name,
    familyToldOn: d.family_told_on,
    letterSentOn: d.letter_sent_on,
    policyVersionNumber: d.version_number,
    supersedesDecisionId: d.supersedes_decision_id,
    supersededById: decisionRows.find((other) => other.supersedes_decision_id === d.id)?.id ?? null,
    version: d.version,
    disagreements: disagreementRows
      .filter((g) => g.decision_id === d.id)
      .map((g) => ({ id: g.id, requestedOn: g.requested_on, late: isReviewRequestLate(g.requested_on, g.request_deadline_on), outcome: g.outcome })),
    exceptions: exceptions.get(d.id) ?? [],
    judgements: readJudgements(d.judgements),
  }));
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, ctx.today);
  const names = await loadServiceNames(ctx, lines);
  const conditions = await loadLineConditions(ctx, lines.map((l) => ({ id: l.id, checkOutcome: l.check_outcome, checkReasons: l.check_reasons })));
  const guides = new Map<string, Awaited<ReturnType<typeof describeDecisionGuide>>>();
  for (const l of lines) {
    guides.set(l.id, await describeDecisionGuide(ctx, { id: l.id, service: l.service, stream: l.stream, arrangement: l.arrangement, annualCostPence: Number(l.annual_cost_pence), checkOutcome: l.check_outcome }, policy?.policy ?? null));
  }
  const budget = await ctx.db.selectFrom("budget").select("id").where("council_id", "=", ctx.councilId).where("request_id", "=", request.id).orderBy("budget_version", "desc").limit(1).executeTakeFirst();
  return {
    id: request.id,
    childId: request.child_id,
    childReference: request.reference,
    planId: request.plan_id,
    stage: request.stage,
    receivedOn: request.received_on,
    status: request.status,
    version: request.version,
    budgetId: budget?.id ?? null,
    panels: Object.fromEntries(STREAMS.map((s) => [s, policy?.policy.streams[s]?.panel?.name ?? null])) as Record<Stream, string | null>,
    lines: lines.map((l) => {
      const own = decisions.filter((d) => d.lineId === l.id).map(({ lineId: _lineId, ...d }) => d);
      return {
        id: l.id,
        lineNo: l.line_no,
        stream: l.stream,
        service: l.service,
        serviceName: names.get(`${l.policy_version_id}/${l.stream}/${l.service}`) ?? l.service.replaceAll("_", " "),
        arrangement: l.arrangement,
        recipient: l.recipient,
        onSchoolPremises: l.on_school_premises,
        schoolAgreed: l.school_agreed,
        needIdentifiedByProfessional: l.need_identified_by_professional,
        annualCostPence: Number(l.annual_cost_pence),
        commissionedCostPence: l.commissioned_cost_pence === null ? null : Number(l.commissioned_cost_pence),
        linkedOutcomes: Array.isArray(l.linked_outcomes) ? l.linked_outcomes.map(String) : [],
        check: { outcome: l.check_outcome, reasons: readCheckReasons(l.check_reasons), checkedOn: l.checked_on, policyVersionId: l.policy_version_id, policyVersionNumber: l.version_number },
        decisions: own,
        currentDecision: own.find((d) => d.supersededById === null) ?? null,
        conditions: conditions.get(l.id) ?? [],
        guide: guides.get(l.id) ?? { failingRules: [], statutory: null, questions: [] },
      };
    }),
  };
}
