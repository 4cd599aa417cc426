import { buildDecisionLetter, type DecisionLetter } from "@pb/reports";
import type { Deadline } from "@pb/reviews";
import type { ServiceContext } from "../../shared/context";
import { NotFoundError, ValidationError } from "../../shared/errors";
import { getPolicyVersion } from "../../policy/policy-in-force";
import { computeReviewDeadline } from "../disagreements/compute-review-deadline";
import { loadDecisionExceptions, readJudgements } from "./decision-judgement";
import { findLetterDecisions } from "./find-letter-decisions";
import { readCheckReasons, readStoredReasons, resolveReasonSource } from "./stored-reasons";

export type DecisionLetterView = {
  letter: DecisionLetter;
  decision: { id: string; version: number; requestId: string; childId: string; decidedOn: string; familyToldOn: string | null; letterSentOn: string | null; supersedesDecisionId: string | null };
};

function computeReviewBy(policy: Parameters<typeof computeReviewDeadline>[0], from: string): Deadline | null {
  // A letter is still owed when the policy sets no limit: it then says the policy sets none.
  return computeReviewDeadline(policy, "review_request", from, "decisionId");
}

/** The letter for a decision, built by the one letter model the page and the PDF share. */
export async function getDecisionLetter(ctx: ServiceContext, input: { decisionId: string }): Promise<DecisionLetterView> {
  const { main, group } = await findLetterDecisions(ctx, input.decisionId);
  const version = await getPolicyVersion(ctx.db, ctx.councilId, main.policy_version_id);
  if (!version) throw new NotFoundError("The policy version of that decision");
  const policy = { policy: version.policy, versionNumber: version.row.version_number };
  const child = await ctx.db.selectFrom("child").select(["given_name", "family_name", "reference"]).where("council_id", "=", ctx.councilId).where("id", "=", main.child_id).executeTakeFirstOrThrow();
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirstOrThrow();
  const replaced = main.supersedes_decision_id
    ? await ctx.db.selectFrom("decision").select("decided_on").where("council_id", "=", ctx.councilId).where("id", "=", main.supersedes_decision_id).executeTakeFirst()
    : undefined;
  const exceptions = await loadDecisionExceptions(ctx, group.map((d) => d.id));
  const letterDate = main.letter_sent_on ?? ctx.today;
  if (letterDate < main.decided_on) throw new ValidationError("decisionId", "the decision is dated after today");
  const letter = buildDecisionLetter({
    councilName: council.name,
    policy: policy.policy,
    policyVersionNumber: policy.versionNumber,
    letterDate,
    child: { name: `${child.given_name} ${child.family_name}`, reference: child.reference },
    receivedOn: main.received_on,
    familyToldOn: main.family_told_on,
    onReviewOf: replaced ? { decidedOn: replaced.decided_on } : null,
    reviewBy: replaced ? null : computeReviewBy(policy, main.family_told_on ?? letterDate),
    decisions: group.map((d) => ({
      stream: d.stream,
      service: d.service,
      outcome: d.outcome,
      amountPence: d.amount_pence === null ? null : Number(d.amount_pence),
      arrangement: d.arrangement,
      recipient: d.recipient,
      requested: { annualCostPence: Number(d.annual_cost_pence), arrangement: d.requested_arrangement },
      reasons: readStoredReasons(d.reasons).map((r) => ({ text: r.text, source: resolveReasonSource(r, readCheckReasons(d.check_reasons), policy.policy, d.panel) })),
      panel: d.panel,
      decidedOn: d.decided_on,
      exceptions: exceptions.get(d.id) ?? [],
      judgements: readJudgements(d.judgements),
    })),
  });
  return {
    letter,
    decision: { id: main.id, version: main.version, requestId: main.request_id, childId: main.child_id, decidedOn: main.decided_on, familyToldOn: main.family_told_on, letterSentOn: main.letter_sent_on, supersedesDecisionId: main.supersedes_decision_id },
  };
}
