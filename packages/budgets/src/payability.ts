import { describeUnconfirmedConditions } from "./conditions";
import type { PayabilityReason } from "./finance";

/** The facts about one instalment that decide whether it may be paid. */
export type PayabilityFacts = {
  dueOn: string;
  arrangement: string;
  budgetStatus: string;
  budgetCeasedOn: string | null;
  lineStartsOn: string;
  lineEndsOn: string;
  lineSuspended: boolean;
  onSchoolPremises: boolean;
  /** The latest agreement signed on or before the instalment's due date, if any (T1). */
  agreementSignedOn: string | null;
  schoolAgreementOn: string | null;
  /** Codes of the conditions of the line's approval not yet confirmed (pending or found not met). */
  unconfirmedConditions: readonly string[];
};

/**
 * Whether an instalment may be paid, and if not, every reason why. The one rule for payment runs
 * and for marking a single instalment paid: a direct payment needs a signed agreement (T1) and,
 * on school premises, the school's written agreement (R8); a ceased budget pays nothing (T5);
 * a line approved subject to conditions pays nothing until every one is confirmed.
 */
export function judgePayability(f: PayabilityFacts): { payable: boolean; reasons: PayabilityReason[] } {
  const reasons: PayabilityReason[] = [];
  // A ceased budget still pays what fell due up to its last payment date; nothing after it.
  const ceased = f.budgetCeasedOn !== null ? f.dueOn > f.budgetCeasedOn : f.budgetStatus === "ceased";
  if (ceased) reasons.push({ code: "BUDGET_CEASED", message: "The personal budget has ceased (T5)." });
  else if (f.budgetStatus !== "active" && f.budgetStatus !== "ceased") reasons.push({ code: "BUDGET_NOT_ACTIVE", message: "The budget has been replaced by a newer version." });
  if (f.lineSuspended) reasons.push({ code: "LINE_SUSPENDED", message: "Payments on this budget line are suspended." });
  if (f.dueOn < f.lineStartsOn || f.dueOn > f.lineEndsOn) reasons.push({ code: "LINE_NOT_IN_FORCE", message: "The instalment falls outside the budget line's dates." });
  if (f.unconfirmedConditions.length > 0) reasons.push({ code: "CONDITION_NOT_CONFIRMED", message: describeUnconfirmedConditions(f.unconfirmedConditions) });
  if (f.arrangement === "direct_payment") {
    if (!f.agreementSignedOn) reasons.push({ code: "NO_AGREEMENT", message: "No signed direct payment agreement is recorded (T1)." });
    if (f.onSchoolPremises && !f.schoolAgreementOn) reasons.push({ code: "NO_SCHOOL_AGREEMENT", message: "The school's written agreement is needed for support on its premises (R8)." });
  }
  return { payable: reasons.length === 0, reasons };
}
