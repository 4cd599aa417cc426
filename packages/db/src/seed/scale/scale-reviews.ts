import { dateOf, dayOf, stampOf } from "./scale-dates";
import type { ApprovedLine, LineAsk, ScaleChild, ScaleStoryContext, ScaleVersion } from "./scale-context";
import { versionInForce } from "./scale-context";
import { chooseAsks } from "./scale-asks";
import { deadlineOr, writeRequest } from "./scale-request";
import { ageAt } from "./scale-dates";

/** A budget ends: why, when it was decided, the last payment, and the annual review meeting if there was one. */
export type Cessation = { reason: string; decidedDay: number; lastPaymentDay: number; meeting?: number };

const CESSATION_TEXT: Record<string, string> = {
  consent_withdrawn: "The family told us in writing that they no longer want a personal budget.",
  recipient_ineligible: "The person receiving the direct payment can no longer receive it.",
  not_used_for_agreed_provision: "The returns showed the money was not spent on the agreed support.",
  provision_not_securable_by_dp: "The support can no longer be secured with a direct payment.",
  adverse_impact_on_services: "Paying the budget harms the services the council gives other children.",
  inefficient_use_of_resources: "The support can be provided more efficiently by the council's commissioned service.",
  young_person_consent_not_confirmed: "The young person has not confirmed that they agree to the direct payment.",
  plan_ceased: "The EHC plan ceased.",
  moved_out_of_area: "The family moved to another council's area.",
  aged_out: "The young person has left education and the plan's support ends.",
  other: "No support was agreed for the coming year.",
};

export function writeCessation(ctx: ScaleStoryContext, budgetId: string, cessation: Cessation, version: ScaleVersion): void {
  const { random } = ctx;
  const decidedOn = dateOf(cessation.decidedDay);
  const meeting = cessation.meeting === undefined ? null : dateOf(cessation.meeting);
  const noticeDue = meeting ? deadlineOr(version, "cessation_notice", meeting, 28) : null;
  const noticeDay = cessation.decidedDay + (random.chance(0.85) ? random.int(3, 25) : random.int(30, 40));
  const noticeSent = noticeDay <= ctx.todayDay ? dateOf(noticeDay) : null;
  ctx.batch.add("cessation", [
    ctx.councilId, ctx.id("cessation"), budgetId, cessation.reason, CESSATION_TEXT[cessation.reason] ?? CESSATION_TEXT.other ?? "", decidedOn, meeting,
    noticeDue, noticeSent, dateOf(cessation.lastPaymentDay), ctx.users.caseOfficer, stampOf(decidedOn),
  ]);
}

/** The first review of a direct payment (T2), due after the first payment. */
export function writeReview(ctx: ScaleStoryContext, childId: string, budgetId: string, kind: "first_dp_review", from: string, version: ScaleVersion): void {
  const { random } = ctx;
  const due = deadlineOr(version, kind, from, 91);
  const dueDay = dayOf(due);
  const held = dueDay < ctx.todayDay - 7 && random.chance(0.9);
  const outcome = held ? random.weighted([["continue", 19], ["change", 1]] as const) : null;
  ctx.batch.add("review", [ctx.councilId, ctx.id("review"), childId, budgetId, kind, due, held ? dateOf(dueDay - random.int(0, 10)) : null, outcome, held ? "The first payments are being used as agreed." : "", stampOf(from)]);
}

/** At an annual review the family asks for a change: amounts move, a line may go, another may come. */
export function writeRenewalRequest(ctx: ScaleStoryContext, child: ScaleChild, lines: readonly ApprovedLine[], receivedOn: string): { requestId: string; lines: ApprovedLine[] } | null {
  const { random } = ctx;
  const facts = { ...child.facts, plans: child.facts.plans.map((p, i) => (i === 0 ? { type: "ehcp", status: "annual_review" } : p)) };
  const kept = lines.filter((l) => l.frequency !== "one_off" && !(lines.length > 1 && random.chance(0.15)));
  const asks: LineAsk[] = kept.map(({ decisionId: _d, amountPence, frequency: _f, ...ask }) => {
    const annualCostPence = Math.round((amountPence * random.int(85, 125)) / 100);
    return { ...ask, annualCostPence, commissionedCostPence: ask.commissionedCostPence === null ? null : Math.max(ask.commissionedCostPence, annualCostPence) };
  });
  if (random.chance(0.3) || asks.length === 0) {
    const catalogue = versionInForce(ctx.versions, receivedOn).catalogue;
    const extra = chooseAsks(random, catalogue, { age: ageAt(facts.dateOfBirth, receivedOn), facts, outcomeCodes: child.outcomeCodes })[0];
    if (extra) asks.push(extra);
  }
  const result = writeRequest(ctx, child, { receivedOn, stage: "annual_review", facts, lines: asks });
  return result.decidedOn ? { requestId: result.requestId, lines: result.approved } : null;
}
