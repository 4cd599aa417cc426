import { buildCheckInputSchema, checkRequest, formatPath, type CheckInput, type CheckResult, type Policy } from "@pb/eligibility";
import type { ServiceContext } from "../shared/context";
import { ValidationError } from "../shared/errors";
import { compareCheckResults, type CheckComparison } from "./compare-check-results";
import { getPolicyInForce, getPolicyVersion } from "./policy-in-force";
import { findDraft } from "./read-policy-version-detail";

export type TriedVersion = { versionId: string; versionNumber: number; effectiveFrom: string | null; result: CheckResult };

export type TryRequestResult = {
  asOf: string;
  /** The council's draft, if it has one. */
  draft: TriedVersion | null;
  /** The version in force on the request's asOf date, if any was. */
  inForce: TriedVersion | null;
  /** What the draft changes, when both could be checked. */
  comparison: CheckComparison | null;
};

/**
 * Checks one made-up request against the draft and against the version in force on its date,
 * side by side, before anyone publishes. Writes nothing: the request is not a real child's.
 */
export async function tryRequest(ctx: ServiceContext, input: { request: CheckInput }): Promise<TryRequestResult> {
  const { request } = input;
  const draftSummary = await findDraft(ctx);
  const draftVersion = draftSummary ? await getPolicyVersion(ctx.db, ctx.councilId, draftSummary.id) : null;
  const inForceVersion = await getPolicyInForce(ctx.db, ctx.councilId, request.asOf);
  const draft: TriedVersion | null =
    draftSummary && draftVersion
      ? { versionId: draftSummary.id, versionNumber: draftSummary.versionNumber, effectiveFrom: null, result: check(draftVersion.policy, request) }
      : null;
  const inForce: TriedVersion | null = inForceVersion
    ? {
        versionId: inForceVersion.versionId,
        versionNumber: inForceVersion.versionNumber,
        effectiveFrom: inForceVersion.effectiveFrom,
        result: check(inForceVersion.policy, request),
      }
    : null;
  const comparison = draft && inForce ? compareCheckResults(inForce.result, draft.result) : null;
  return { asOf: request.asOf, draft, inForce, comparison };
}

/** A service neither in the base catalogue nor added by this policy is bad input, named as such. */
function check(policy: Policy, request: CheckInput): CheckResult {
  const parsed = buildCheckInputSchema(policy).safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(formatPath("request", issue?.path ?? []), issue?.message ?? "is not valid");
  }
  return checkRequest(policy, parsed.data);
}
