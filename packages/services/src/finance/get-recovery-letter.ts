import { buildRecoveryLetter, describeNoReviewRequestLimit, type FamilyLetter } from "@pb/reports";
import { describeDuration } from "@pb/reviews";
import { getPolicyInForce } from "../policy/policy-in-force";
import type { ServiceContext } from "../shared/context";
import { loadFinanceSettings } from "./finance-settings";
import { loadDecision } from "./recovery-shared";

export type RecoveryLetter = {
  decisionId: string;
  version: number;
  councilName: string;
  childName: string;
  childReference: string;
  recipientName: string;
  kind: "underspend" | "year_end";
  financialYear: string | null;
  decidedOn: string;
  balancePence: number;
  thresholdPence: number;
  contingencyPence: number;
  plannedPence: number;
  recoverPence: number;
  method: "offset" | "invoice" | "none";
  reasons: string;
  letterSentOn: string | null;
  /** "15 days" from the policy, or null when the policy sets no time limit for asking for a review. */
  reviewWithin: string | null;
  /** The sentence that says the policy sets no time limit for asking, when it sets none. */
  noReviewLimit: string | null;
  /** The same words as a family letter: what GOV.UK Notify attaches or posts. */
  letter: FamilyLetter;
};

/** What the letter to the family says: the decision, its reasons, and how to ask for a review. */
export async function getRecoveryLetter(ctx: ServiceContext, input: { decisionId: string }): Promise<RecoveryLetter> {
  const d = await loadDecision(ctx, input.decisionId);
  const settings = await loadFinanceSettings(ctx, d.decided_on);
  const policy = await getPolicyInForce(ctx.db, ctx.councilId, d.decided_on);
  const child = await ctx.db.selectFrom("child").select(["given_name", "family_name", "reference"]).where("council_id", "=", ctx.councilId).where("id", "=", d.child_id).executeTakeFirstOrThrow();
  const council = await ctx.db.selectFrom("council").select("name").where("id", "=", ctx.councilId).executeTakeFirstOrThrow();
  const agreement = await ctx.db
    .selectFrom("agreement as g")
    .innerJoin("budget as b", (j) => j.onRef("b.council_id", "=", "g.council_id").onRef("b.id", "=", "g.budget_id"))
    .select("g.recipient_name")
    .where("g.council_id", "=", ctx.councilId)
    .where("b.child_id", "=", d.child_id)
    .orderBy("g.signed_on", "desc")
    .limit(1)
    .executeTakeFirst();
  const words = {
    councilName: council.name, childName: `${child.given_name} ${child.family_name}`, childReference: child.reference, kind: d.kind, financialYear: d.financial_year, decidedOn: d.decided_on,
    balancePence: d.balance_pence, thresholdPence: d.threshold_pence, contingencyPence: d.contingency_pence, plannedPence: d.planned_pence, recoverPence: d.recover_pence, method: d.method, reasons: d.reasons,
    reviewWithin: settings.reviewRequest ? describeDuration(settings.reviewRequest) : null,
    noReviewLimit: settings.reviewRequest || !policy ? null : describeNoReviewRequestLimit(policy.policy),
  };
  return {
    letter: buildRecoveryLetter(words),
    decisionId: d.id, version: d.version, councilName: council.name, childName: `${child.given_name} ${child.family_name}`, childReference: child.reference,
    recipientName: agreement?.recipient_name ?? "Parent or carer", kind: d.kind, financialYear: d.financial_year, decidedOn: d.decided_on,
    balancePence: d.balance_pence, thresholdPence: d.threshold_pence, contingencyPence: d.contingency_pence, plannedPence: d.planned_pence,
    recoverPence: d.recover_pence, method: d.method, reasons: d.reasons, letterSentOn: d.letter_sent_on,
    reviewWithin: settings.reviewRequest ? describeDuration(settings.reviewRequest) : null,
    noReviewLimit: settings.reviewRequest || !policy ? null : describeNoReviewRequestLimit(policy.policy),
  };
}
