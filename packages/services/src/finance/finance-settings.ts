import { DEFAULT_REMINDERS_BEFORE_ESCALATION, DEFAULT_RETURN_FREQUENCY, type ReturnFrequency } from "@pb/budgets";
import type { DurationUnit } from "@pb/calendar";
import { getPolicyInForce } from "../policy/policy-in-force";
import type { ServiceContext } from "../shared/context";

export type FinanceSettings = {
  returnFrequency: ReturnFrequency;
  returnDue: { n: number; unit: DurationUnit } | undefined;
  underspendWeeks: number | undefined;
  remindersBeforeEscalation: number;
  yearEndUnspent: "returned" | "carried_forward" | undefined;
  /** Plain words for the page: which settings come from the policy and which are defaults. */
  notes: string[];
  policyName: string | null;
  reviewRequest: { n: number; unit: DurationUnit } | undefined;
};

/** The finance settings of the policy in force on `date`, with the product's stated defaults where it is silent. */
export async function loadFinanceSettings(ctx: ServiceContext, date: string = ctx.today): Promise<FinanceSettings> {
  const inForce = await getPolicyInForce(ctx.db, ctx.councilId, date);
  const finance = inForce?.policy.finance;
  const notes: string[] = [];
  if (!finance?.returnFrequency) notes.push("The policy does not set how often returns are due, so they are due quarterly.");
  if (!inForce?.policy.timeLimits.returnDue) notes.push("The policy does not set when a return is due, so it is due 28 days after its period ends.");
  if (finance?.remindersBeforeEscalation === undefined) notes.push(`The policy does not set how many reminders are sent before a missing return is escalated, so it is escalated after ${DEFAULT_REMINDERS_BEFORE_ESCALATION}.`);
  if (finance?.underspendWeeks === undefined) notes.push("The policy does not set an underspend threshold, so no account is flagged for underspend.");
  return {
    returnFrequency: finance?.returnFrequency ?? DEFAULT_RETURN_FREQUENCY,
    returnDue: inForce?.policy.timeLimits.returnDue,
    underspendWeeks: finance?.underspendWeeks,
    remindersBeforeEscalation: finance?.remindersBeforeEscalation ?? DEFAULT_REMINDERS_BEFORE_ESCALATION,
    yearEndUnspent: finance?.yearEndUnspent,
    notes,
    policyName: inForce?.policy.name ?? null,
    reviewRequest: inForce?.policy.timeLimits.reviewRequest,
  };
}
