import { DEADLINE_KIND_DEFINITIONS, describeDuration, type DeadlineKind } from "@pb/reviews";
import type { PolicyVersionInForce } from "../../policy/policy-in-force";

export type TimeLimitWords = { kind: DeadlineKind; period: string | null; rule: string | null };

/** The policy's lifecycle time limits in words, for pages to show where each date comes from. */
export function describeLifecycleLimits(policy: PolicyVersionInForce | null): { versionNumber: number | null; limits: TimeLimitWords[] } {
  const kinds: DeadlineKind[] = ["first_dp_review", "annual_review", "cessation_notice"];
  return {
    versionNumber: policy?.versionNumber ?? null,
    limits: kinds.map((kind) => {
      const definition = DEADLINE_KIND_DEFINITIONS[kind];
      const limit = policy?.policy.timeLimits[definition.key];
      return { kind, period: limit ? describeDuration(limit) : null, rule: limit ? `${definition.describe(describeDuration(limit))} (${definition.domainRule})` : null };
    }),
  };
}
