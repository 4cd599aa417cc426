import type { ServiceContext } from "../../shared/context";
import { markDecisionDate } from "./mark-decision-date";

/** The day the decision letter was sent: every decision goes to the family in writing (R13). */
export function markLetterSent(ctx: ServiceContext, input: { decisionId: string; version: number; on: string }): Promise<{ version: number }> {
  return markDecisionDate(ctx, input, "letter_sent_on", "decision.letter_sent");
}
