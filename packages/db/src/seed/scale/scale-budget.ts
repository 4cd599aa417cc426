import { addMonths, parseIsoDate } from "@pb/calendar";
import { generateSchedule } from "@pb/budgets";
import { dateOf, dayOf, stampOf } from "./scale-dates";
import { versionInForce, type ApprovedLine, type ScaleChild, type ScaleStoryContext } from "./scale-context";
import { writeRenewalRequest, writeReview, writeCessation, type Cessation } from "./scale-reviews";

export type EpisodeStart = { requestId: string; decidedOn: string; approved: ApprovedLine[]; endDay: number | null; endReason: string; age: number };

type Version = { number: number; start: number; end: number; requestId: string; lines: ApprovedLine[]; previousId: string | null };

/**
 * A personal budget from its first decision on: a budget version per year (T3), renewed at each
 * annual review as it was or changed by a new request, until it ceases or reaches today.
 */
export function writeEpisode(ctx: ScaleStoryContext, child: ScaleChild, start: EpisodeStart): void {
  const { random, todayDay } = ctx;
  let version: Version | null = {
    number: 1, start: dayOf(start.decidedOn) + random.int(7, 30), end: 0, requestId: start.requestId, lines: start.approved, previousId: null,
  };
  while (version) {
    version.end = dayOf(addMonths(parseIsoDate(dateOf(version.start)), 12)) - 1;
    const budgetId = ctx.id("budget");
    const fate = decideFate(ctx, child, version, start, start.age + version.number - 1);
    const next: Version | null = fate.renewal && version.end < todayDay ? { ...fate.renewal, number: version.number + 1, start: version.end + 1, end: 0, previousId: budgetId } : null;
    const status = fate.cessation ? "ceased" : next ? "superseded" : "active";
    ctx.batch.add("budget", [
      ctx.councilId, budgetId, child.id, child.ehcpPlanId, version.number, status, dateOf(version.start), dateOf(version.end),
      version.requestId, version.previousId, fate.cessation ? dateOf(fate.cessation.lastPaymentDay) : null, stampOf(dateOf(version.start)),
    ]);
    const firstDirectPayment = writeLinesAndPayments(ctx, budgetId, version, fate.cessation ? dateOf(fate.cessation.lastPaymentDay) : null);
    if (version.number === 1 && firstDirectPayment) writeReview(ctx, child.id, budgetId, "first_dp_review", firstDirectPayment, versionInForce(ctx.versions, dateOf(version.start)));
    if (fate.review) ctx.batch.add("review", fate.review(budgetId));
    if (fate.cessation) writeCessation(ctx, budgetId, fate.cessation, versionInForce(ctx.versions, dateOf(fate.cessation.decidedDay)));
    version = next;
  }
}

type Fate = { renewal: { requestId: string; lines: ApprovedLine[] } | null; cessation: Cessation | null; review: ((budgetId: string) => (string | null)[]) | null };

/** What happens to a version: the annual review near its end renews it as it was, changes it, or ends it. */
function decideFate(ctx: ScaleStoryContext, child: ScaleChild, version: Version, start: EpisodeStart, age: number): Fate {
  const { random, todayDay } = ctx;
  const endDay = start.endDay;
  if (endDay !== null && endDay <= version.end) {
    return { renewal: null, review: null, cessation: { reason: start.endReason, decidedDay: Math.max(version.start, endDay - 30), lastPaymentDay: Math.max(version.start, endDay) } };
  }
  const latestMidYear = Math.min(version.end - 30, todayDay - 30);
  if (latestMidYear > version.start + 30 && random.chance(0.035)) {
    const day = random.int(version.start + 30, latestMidYear);
    const reason = random.weighted([["moved_out_of_area", 40], ["not_used_for_agreed_provision", 25], ["consent_withdrawn", 20], ["adverse_impact_on_services", 5], ["other", 10]] as const);
    return { renewal: null, review: null, cessation: { reason, decidedDay: day - random.int(14, 28), lastPaymentDay: day } };
  }
  const dueDay = version.end - random.int(14, 42);
  if (dueDay > todayDay + 60) return { renewal: null, cessation: null, review: null };
  const held = dueDay < todayDay - 7 && random.chance(0.88);
  const heldDay = held ? dueDay - random.int(0, 10) : null;
  const outcome = heldDay === null ? null : random.weighted([["continue", 80], ["change", 14], ["cease", 6]] as const);
  const review = (budgetId: string) => [ctx.councilId, ctx.id("review"), child.id, budgetId, "annual_review", dateOf(dueDay), heldDay === null ? null : dateOf(heldDay), outcome, outcome ? REVIEW_NOTES[outcome] : "", stampOf(dateOf(version.start))];
  const renewal = { requestId: version.requestId, lines: version.lines.filter((l) => l.frequency !== "one_off") };
  if (outcome === "cease" && heldDay !== null) {
    const reason = random.weighted([["consent_withdrawn", 25], ["not_used_for_agreed_provision", 15], ["aged_out", age >= 18 ? 25 : 0], ["inefficient_use_of_resources", 10], ["provision_not_securable_by_dp", 5], ["young_person_consent_not_confirmed", age >= 16 ? 5 : 0], ["recipient_ineligible", 5], ["other", 5]] as const);
    return { renewal: null, review, cessation: { reason, decidedDay: heldDay, lastPaymentDay: version.end, meeting: heldDay } };
  }
  if (outcome === "change" && heldDay !== null) {
    const changed = writeRenewalRequest(ctx, child, version.lines, dateOf(heldDay));
    if (changed) return { renewal: changed.lines.length ? changed : null, review, cessation: changed.lines.length ? null : { reason: "other", decidedDay: heldDay, lastPaymentDay: version.end, meeting: heldDay } };
  }
  // A budget of one-off equipment only simply ends with its year: nothing to renew, nothing to cease.
  return { renewal: renewal.lines.length ? renewal : null, review, cessation: null };
}

const REVIEW_NOTES = { continue: "Support is working towards the plan's outcomes.", change: "The support changes to meet the outcomes better.", cease: "The personal budget ends." } as const;

/** Lines, their agreement and their payments; returns the first direct payment's date, for the T2 review. */
function writeLinesAndPayments(ctx: ScaleStoryContext, budgetId: string, version: Version, lastPaymentOn: string | null): string | null {
  const { random, batch, councilId, today } = ctx;
  const startsOn = dateOf(version.start);
  const endsOn = dateOf(version.end);
  const stamp = stampOf(startsOn);
  const directPayment = version.lines.find((l) => l.arrangement === "direct_payment");
  // A few direct payments of a budget starting now wait for their signed agreement.
  const agreed = !directPayment || version.end < ctx.todayDay || random.chance(0.96);
  if (directPayment && agreed) {
    const recipient = directPayment.recipient ?? "parent";
    const name = recipient === "young_person" ? "The young person" : recipient === "nominee" ? "Nominated person" : "Parent or carer";
    batch.add("agreement", [councilId, ctx.id("agreement"), budgetId, recipient, name, name, dateOf(version.start - random.int(1, 6)), version.lines.some((l) => l.onSchoolPremises && l.arrangement === "direct_payment") ? dateOf(version.start - 7) : null, MONITORING, ctx.users.caseOfficer, stamp]);
  }
  let firstDirectPayment: string | null = null;
  for (const line of version.lines) {
    const lineEnd = line.frequency === "one_off" ? startsOn : endsOn;
    const lineId = ctx.id("budget_line");
    batch.add("budget_line", [councilId, lineId, budgetId, line.stream, line.service, line.arrangement, line.amountPence, line.frequency, startsOn, lineEnd, line.decisionId, JSON.stringify(line.linkedOutcomes), line.onSchoolPremises, stamp]);
    const blocked = line.arrangement === "direct_payment" && !agreed;
    for (const instalment of generateSchedule({ annualAmountPence: line.amountPence, frequency: line.frequency, start: startsOn, end: lineEnd }).instalments) {
      const date = instalment.date;
      const cancelled = lastPaymentOn !== null && date > lastPaymentOn;
      const due = date <= today && !cancelled && !blocked;
      const failed = due && random.chance(0.005);
      if (due && line.arrangement === "direct_payment" && (firstDirectPayment === null || date < firstDirectPayment)) firstDirectPayment = date;
      const status = cancelled ? "cancelled" : !due ? "scheduled" : failed ? "failed" : "paid";
      // Ten million of these: formatted directly (ids, codes and dates never need escaping).
      batch.addLine("payment", `${councilId}\t${ctx.id("payment")}\t${lineId}\t${line.stream}\t${line.arrangement}\t${date}\t${status === "paid" ? date : "\\N"}\t${instalment.amountPence}\t${status}\t${stamp}`);
    }
  }
  return firstDirectPayment;
}

const MONITORING = "Quarterly returns with statements; unspent sums over the policy's weeks may be recovered after a decision with reasons.";
