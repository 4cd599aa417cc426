import type { Outcome, ReasonCode } from "./codes";
import { buildCheckContext } from "./check-context";
import type { CheckInput } from "./check-input";
import type { Finding } from "./findings";
import type { Policy } from "./policy";
import { checkRecipient } from "./recipient-checks";
import { CONDITION_KINDS, GATE_KINDS, OUTCOME_KINDS, checkRequirements } from "./requirement-checks";
import { checkDirectPaymentUse, checkServiceIncluded } from "./service-checks";
import { formatSource } from "./source";
import { checkAge, checkArrangement, checkPlans, checkRequestWindow, checkShortBreaksLevel } from "./stream-checks";
import { STREAM_WORDS } from "./wording";

export type Assessment = { outcome: Outcome; findings: Finding[] };
export type Reason = { code: ReasonCode; message: string; source: string };
export type CheckResult = { outcome: Outcome; reasons: Reason[] };

/**
 * Every reason a request meets or misses the policy on `input.asOf`, each marked as failing or
 * still to confirm. Pure: takes an already parsed policy and input (see CheckInput).
 */
export function assessRequest(policy: Policy, input: CheckInput): Assessment {
  const findings: Finding[] = [];
  const streamPolicy = policy.streams[input.request.stream];
  const ctx = streamPolicy?.offered ? buildCheckContext(policy, input, streamPolicy) : undefined;
  if (!ctx) {
    findings.push({
      code: "STREAM_NOT_OFFERED",
      status: "fails",
      message: `${policy.name} does not offer personal budgets for ${STREAM_WORDS[input.request.stream]}.`,
      source: streamPolicy?.source ?? { document: policy.document, rule: "scope" },
    });
  } else {
    checkAge(ctx, findings);
    checkRequirements(ctx, GATE_KINDS, findings);
    checkPlans(ctx, findings);
    checkShortBreaksLevel(ctx, findings);
    checkRequestWindow(ctx, findings);
    checkServiceIncluded(ctx, findings);
    checkArrangement(ctx, findings);
    checkDirectPaymentUse(ctx, findings);
    checkRequirements(ctx, CONDITION_KINDS, findings);
  }
  checkRecipient(policy, input, findings);
  if (ctx) checkRequirements(ctx, OUTCOME_KINDS, findings);
  return { outcome: decideOutcome(findings), findings };
}

/** Ineligible if anything fails; conditional if something is still to confirm; else eligible. */
export function decideOutcome(findings: readonly Finding[]): Outcome {
  if (findings.some((finding) => finding.status === "fails")) return "ineligible";
  return findings.length > 0 ? "conditional" : "eligible";
}

/** The outcome and every reason, each with a plain message and a short citation. */
export function checkRequest(policy: Policy, input: CheckInput): CheckResult {
  const { outcome, findings } = assessRequest(policy, input);
  return {
    outcome,
    reasons: findings.map(({ code, message, source }) => ({ code, message, source: formatSource(source, policy.name) })),
  };
}
