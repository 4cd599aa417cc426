import { OutsideBankHolidayDataError } from "@pb/calendar";
import { computeDeadline, TimeLimitNotSetError, type Deadline, type DeadlineKind } from "@pb/reviews";
import { getPolicyInForce, type PolicyVersionInForce } from "../policy/policy-in-force";
import type { ServiceContext } from "./context";
import { ValidationError } from "./errors";

/** The policy in force on a date, or a 4xx naming the field whose date has no policy. */
export async function requirePolicyOn(ctx: ServiceContext, date: string, field: string): Promise<PolicyVersionInForce> {
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, date);
  if (!policy) throw new ValidationError(field, `no policy was in force on ${date}: publish the council's policy first`);
  return policy;
}

/**
 * A time limit from the policy, or null when the policy sets none (never an error: every caller then
 * records no deadline rather than a guessed one); a date past the bank holiday data is a 4xx.
 */
export function deadlineOrNull(policy: Pick<PolicyVersionInForce, "policy">, kind: DeadlineKind, from: string, field: string): Deadline | null {
  try {
    return computeDeadline(policy.policy.timeLimits, kind, from, { policyName: policy.policy.name });
  } catch (error) {
    if (error instanceof TimeLimitNotSetError) return null;
    if (error instanceof OutsideBankHolidayDataError) throw new ValidationError(field, error.message);
    throw error;
  }
}
