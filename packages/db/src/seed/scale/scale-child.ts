import type { RequestStage, Stream } from "@pb/eligibility";
import { FAMILY_NAMES, GIVEN_NAMES } from "../demo-people";
import { chooseAsks, makeAsk } from "./scale-asks";
import { writeEpisode } from "./scale-budget";
import { ageAt, dateOf, dayOf, stampOf } from "./scale-dates";
import { versionInForce, type ChildFacts, type ScaleChild, type ScaleStoryContext } from "./scale-context";
import { writeRequest } from "./scale-request";
import { SCALE_HISTORY_START } from "./scale-plans";

const OUTCOMES = [
  "Communicates needs and choices with familiar adults",
  "Takes part in clubs and activities with friends",
  "Travels to school or college as independently as possible",
  "Manages personal care with growing independence",
  "Makes progress in reading and number",
  "Prepares for adulthood: work, living and community",
];
const HISTORY_DAY = dayOf(SCALE_HISTORY_START);
const EARLIEST_PLAN_DAY = dayOf("2013-09-01");
/** A child with an EHCP and no personal budget has a refused request this often. */
const REFUSED_ONLY_SHARE = 0.05;

/**
 * One child with an EHCP: plans, outcomes, and perhaps requests, a personal budget and its years of
 * payments. A former child's plan ceased during the records (they left school, moved away or aged out),
 * so the councils' earlier years have the budgets of children who are no longer on the books.
 */
export function writeScaleChild(ctx: ScaleStoryContext, index: number, former: boolean): void {
  const { random, batch, councilId, todayDay } = ctx;
  const endDay = former ? random.int(HISTORY_DAY + 60, todayDay - 20) : null;
  // Ages as the SEN2 tables spread them: most of school age, fewer under 5 or over 19; leavers are older.
  const age = former
    ? random.weighted([[random.int(19, 25), 6], [random.int(5, 18), 4]] as const)
    : random.weighted([[random.int(1, 4), 6], [random.int(5, 10), 30], [random.int(11, 15), 33], [random.int(16, 19), 23], [random.int(20, 25), 8]] as const);
  const dobDay = (endDay ?? todayDay) - Math.floor(age * 365.25) - random.int(0, 364);
  const dateOfBirth = dateOf(dobDay);
  const facts: ChildFacts = {
    dateOfBirth,
    plans: [],
    continuingCareEligible: age < 18 && random.chance(0.03),
    shortBreaksLevel: random.weighted([[null, 10], [0, 1], [1, 3], [2, 4], [3, 2]] as const),
    transportEntitled: age >= 5 && age < 19 && random.chance(0.25),
    youngPersonHasCapacity: age >= 16 ? random.weighted([[true, 8], [false, 1], [null, 1]] as const) : null,
  };
  const childId = ctx.id("child");
  const created = stampOf(dateOf(Math.max(dobDay + 30, HISTORY_DAY)));
  batch.add("child", [councilId, childId, `${ctx.referencePrefix}${String(index).padStart(7, "0")}`, random.pick(GIVEN_NAMES), random.pick(FAMILY_NAMES), dateOfBirth, facts.continuingCareEligible, facts.shortBreaksLevel, facts.transportEntitled, facts.youngPersonHasCapacity, created]);

  const latest = endDay === null ? todayDay - 14 : endDay - 60;
  const earliest = Math.min(Math.max(dobDay + 365, EARLIEST_PLAN_DAY), latest - 30);
  // More plans are recent: numbers have grown every year since 2014.
  const issuedDay = latest - Math.floor((latest - earliest) * random.next() ** 1.4);
  const issuedOn = dateOf(issuedDay);
  const ceased = endDay !== null;
  const status = ceased ? "ceased" : todayDay - issuedDay < 140 && random.chance(0.3) ? "draft" : random.weighted([["final", 88], ["annual_review", 9], ["reassessment", 1]] as const);
  const yearsHeld = Math.floor(((endDay ?? todayDay) - issuedDay) / 365.25);
  const lastReview = yearsHeld >= 1 ? dateOf(issuedDay + Math.floor(yearsHeld * 365.25)) : null;
  const ehcpPlanId = ctx.id("plan");
  batch.add("plan", [councilId, ehcpPlanId, childId, "ehcp", status, issuedOn, lastReview, ceased ? null : dateOf(dayOf(lastReview ?? issuedOn) + 365), stampOf(issuedOn)]);
  const outcomeCodes: string[] = [];
  const outcomes = random.int(2, 4);
  for (let o = 1; o <= outcomes; o++) {
    outcomeCodes.push(`E${o}`);
    batch.add("plan_outcome", [councilId, ctx.id("plan_outcome"), ehcpPlanId, `E${o}`, OUTCOMES[(index + o) % OUTCOMES.length] ?? ""]);
  }
  const otherPlans: { type: string; status: string }[] = [];
  const role = random.next();
  const personalBudget = role < ctx.personalBudgetShare;
  // Most personal budgets are social care (000), so children with one more often have a social care plan.
  if (random.chance(personalBudget ? 0.65 : 0.3)) otherPlans.push({ type: random.chance(0.7) ? "child_in_need" : "short_breaks", status: "final" });
  if (facts.continuingCareEligible) otherPlans.push({ type: "health_care_support", status: "final" });
  for (const plan of otherPlans) batch.add("plan", [councilId, ctx.id("plan"), childId, plan.type, plan.status, issuedOn, null, null, stampOf(issuedOn)]);
  facts.plans = [{ type: "ehcp", status: "final" }, ...otherPlans];

  const child: ScaleChild = { id: childId, ehcpPlanId, ehcpIssuedOn: issuedOn, outcomeCodes, facts };
  const endReason = age >= 19 ? random.weighted([["aged_out", 5], ["plan_ceased", 5]] as const) : random.weighted([["moved_out_of_area", 6], ["plan_ceased", 4]] as const);
  if (personalBudget) writePersonalBudgetStory(ctx, child, endDay, endReason);
  else if (role < ctx.personalBudgetShare + REFUSED_ONLY_SHARE) writeRefusedStory(ctx, child, endDay);
}

/** The stage a request is made at, and the plan's status as the request records it. */
function chooseStage(ctx: ScaleStoryContext, child: ScaleChild, receivedDay: number): { stage: RequestStage; facts: ChildFacts } {
  const draft = receivedDay <= dayOf(child.ehcpIssuedOn);
  const stage: RequestStage = draft ? "draft_plan" : ctx.random.weighted([["annual_review", 89], ["reassessment", 7], ["other", 4]] as const);
  const ehcpStatus = stage === "draft_plan" ? "draft" : stage === "other" ? "final" : stage;
  const [, ...others] = child.facts.plans;
  return { stage, facts: { ...child.facts, plans: [{ type: "ehcp", status: ehcpStatus }, ...others] } };
}

function writePersonalBudgetStory(ctx: ScaleStoryContext, child: ScaleChild, endDay: number | null, endReason: string): void {
  const { random, todayDay } = ctx;
  // A council's existing budgets come over at their first annual review under the adopted policy;
  // new ones replace those that end, so the number in payment stays about steady.
  let receivedDay = random.chance(0.8) ? HISTORY_DAY + random.int(0, 240) : random.int(HISTORY_DAY, todayDay - 5);
  const issuedDay = dayOf(child.ehcpIssuedOn);
  if (receivedDay < issuedDay - 42) receivedDay = issuedDay - random.int(0, 42);
  receivedDay = Math.max(receivedDay, HISTORY_DAY);
  if (receivedDay > todayDay - 5 || (endDay !== null && receivedDay > endDay - 60)) return;
  const receivedOn = dateOf(receivedDay);
  const { stage, facts } = chooseStage(ctx, child, receivedDay);
  const catalogue = versionInForce(ctx.versions, receivedOn).catalogue;
  const ageThen = ageAt(child.facts.dateOfBirth, receivedOn);
  const asks = chooseAsks(random, catalogue, { age: ageThen, facts, outcomeCodes: child.outcomeCodes });
  const result = writeRequest(ctx, child, { receivedOn, stage, facts, lines: asks });
  if (result.decidedOn && result.approved.length) writeEpisode(ctx, child, { requestId: result.requestId, decidedOn: result.decidedOn, approved: result.approved, endDay, endReason, age: ageThen });
}

/** A family asks for something the policy or the panel refuses; some ask for a review of the decision. */
function writeRefusedStory(ctx: ScaleStoryContext, child: ScaleChild, endDay: number | null): void {
  const { random, todayDay } = ctx;
  const receivedDay = random.int(Math.max(HISTORY_DAY, dayOf(child.ehcpIssuedOn) - 42), Math.max(HISTORY_DAY + 1, endDay ?? todayDay - 5));
  if (receivedDay > todayDay - 5) return;
  const receivedOn = dateOf(receivedDay);
  const { stage, facts } = chooseStage(ctx, child, receivedDay);
  const catalogue = versionInForce(ctx.versions, receivedOn).catalogue;
  const notOffered = (["education", "health", "social_care", "transport"] as Stream[]).filter((s) => !catalogue.offered.includes(s));
  const noSocialCarePlan = !facts.plans.some((p) => p.type === "child_in_need" || p.type === "short_breaks");
  const notEntitled = !facts.transportEntitled && catalogue.offered.includes("transport");
  const kind = random.weighted([["excluded", 35], ["not_offered", notOffered.length ? 10 : 0], ["no_plan", noSocialCarePlan ? 20 : 0], ["not_entitled", notEntitled ? 10 : 0], ["panel", 25]] as const);
  const stream: Stream =
    kind === "not_offered" ? random.pick(notOffered) : kind === "no_plan" ? "social_care" : kind === "not_entitled" ? "transport" : random.pick(catalogue.offered.length ? catalogue.offered : ["social_care"]);
  const line = makeAsk(random, catalogue, stream, { age: ageAt(facts.dateOfBirth, receivedOn), facts, outcomeCodes: child.outcomeCodes, excluded: kind === "excluded" });
  writeRequest(ctx, child, { receivedOn, stage, facts, lines: [line], panelRefuses: true });
}
