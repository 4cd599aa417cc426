import { DEADLINE_KINDS, describeTimeLimit, type TimeLimitWords } from "@pb/reviews";
import type { PolicyVersionInForce } from "../../policy/policy-in-force";

export type { TimeLimitWords };

/**
 * The policy's time limits in words, for pages to show where each date comes from: every kind, a
 * limit the policy leaves out shown as not set by the policy (never an error, never a guessed date).
 */
export function describeLifecycleLimits(policy: PolicyVersionInForce | null): { versionNumber: number | null; limits: TimeLimitWords[] } {
  return {
    versionNumber: policy?.versionNumber ?? null,
    limits: policy ? DEADLINE_KINDS.map((kind) => describeTimeLimit(policy.policy.timeLimits, kind, policy.policy.name)) : [],
  };
}
