import { findStatutoryExclusion, findStatutoryLineExclusion, listJudgementQuestions, type JudgementQuestion, type Policy } from "@pb/eligibility";
import type { ServiceContext } from "../../shared/context";
import { ValidationError } from "../../shared/errors";
import { checkLineAgain } from "./check-line-again";

/** A rule the line fails: the panel may set it aside (policy) or not at all (the law, with the law named). */
export type FailingRuleView = { code: string; message: string; source: string; statutory: { words: string; law: string } | null };

/**
 * Issue 17: what the decision form shows for one line: the rules it fails, each marked as the law's or
 * the council's; the law's exclusion of the line itself (a school place under any policy); and the
 * judgement questions of the policy in force today. The decision itself is judged again when recorded.
 */
export type DecisionGuide = { failingRules: FailingRuleView[]; statutory: { words: string; law: string } | null; questions: JudgementQuestion[] };

async function listFailing(ctx: ServiceContext, line: { id: string; arrangement: string; annualCostPence: number }) {
  try {
    return (await checkLineAgain(ctx, line.id, { amountPence: line.annualCostPence, arrangement: line.arrangement }, "requestId")).failing;
  } catch (error) {
    // A page that reads the request still opens; recording the decision reports the problem with its field.
    if (error instanceof ValidationError) return [];
    throw error;
  }
}

export async function describeDecisionGuide(
  ctx: ServiceContext,
  line: { id: string; service: string; stream: string; arrangement: string; annualCostPence: number; checkOutcome: string },
  policyToday: Policy | null,
): Promise<DecisionGuide> {
  const failing = line.checkOutcome === "ineligible" ? await listFailing(ctx, line) : [];
  const lineLaw = findStatutoryLineExclusion(line);
  return {
    failingRules: failing.map((f) => ({ code: f.code, message: f.message, source: f.source, statutory: findStatutoryExclusion(f) })),
    statutory: lineLaw ?? failing.map((f) => findStatutoryExclusion(f)).find((law) => law !== null) ?? null,
    questions: policyToday ? listJudgementQuestions(policyToday, line) : [],
  };
}
