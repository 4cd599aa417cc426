import type { ServiceContext } from "../../shared/context";
import { markDecisionDate } from "./mark-decision-date";

/** The day the family was told the decision: the time limit for asking for a review runs from it (T7). */
export function markFamilyTold(ctx: ServiceContext, input: { decisionId: string; version: number; on: string }): Promise<{ version: number }> {
  return markDecisionDate(ctx, input, "family_told_on", "decision.family_told");
}
