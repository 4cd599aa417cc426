import { addDays, addMonths, daysBetween, parseIsoDate, type IsoDate } from "@pb/calendar";
import { generateSchedule } from "@pb/budgets";
import { checkRequest, listJudgementQuestions, type CheckInput, type CheckResult, type Policy } from "@pb/eligibility";
import { writeDemoAgreementTerms } from "./demo-agreement";
import { computeDeadline, findAnnualReviewDue } from "@pb/reviews";
import type { Insertable } from "kysely";
import type { AgreementTable, BudgetTable, PbRequestTable, ReviewTable } from "../schema";
import { writeReviewChange, type SeededLine } from "./demo-change";
import { writeDemoConditions, type DemoConditions } from "./demo-conditions";
import type { DemoRows } from "./demo-rows";
import type { Random } from "./random";
import { policyInForceOn, type SeededPolicy } from "./demo-policy";
import { FAMILY_NAMES, GIVEN_NAMES } from "./demo-people";

type Stream = "education" | "health" | "social_care" | "transport";
type Arrangement = "direct_payment" | "organised" | "third_party";

export type StoryContext = {
  councilId: string;
  today: string;
  random: Random;
  rows: DemoRows;
  policies: readonly SeededPolicy[];
  users: Record<"admin" | "case_officer" | "panel_member" | "finance_officer", string>;
  conditions: DemoConditions;
};

const SERVICES: Record<Stream, readonly string[]> = {
  education: ["top_up_support", "specialist_equipment", "tutoring", "therapy", "eotas_package", "school_funded_support"],
  health: ["continuing_care_package"],
  social_care: ["personal_assistant", "short_break_activity", "overnight_short_break", "disability_equipment"],
  transport: ["home_to_school_transport"],
};
// Annual amounts in pounds: the low and high ends seen in the source policies' examples.
const AMOUNT_RANGE: Record<Stream, readonly [number, number]> = {
  education: [1_500, 14_000],
  health: [6_000, 45_000],
  social_care: [1_200, 12_000],
  transport: [900, 4_500],
};
const OUTCOMES = [
  "Communicates needs and choices with familiar adults",
  "Takes part in clubs and activities with friends",
  "Travels to school or college as independently as possible",
  "Manages personal care with growing independence",
  "Makes progress in reading and number",
  "Prepares for adulthood: work, living and community",
];
const REFUSAL_TEXT = [
  "The need is already met by provision the school is funded to give (R12).",
  "The support could be commissioned more cost effectively by the council (R11).",
  "The evidence does not link this support to an outcome in the plan (R12).",
];
const CESSATIONS = [
  ["consent_withdrawn", "The family told us in writing that they no longer want direct payments."],
  ["not_used_for_agreed_provision", "The returns showed the money was not spent on the agreed support."],
  ["plan_ceased", "The EHC plan ceased."],
  ["moved_out_of_area", "The family moved to another council's area."],
  ["inefficient_use_of_resources", "The support can be provided more efficiently by the council's commissioned service."],
] as const;

const iso = (s: string): IsoDate => parseIsoDate(s);
const min = (a: string, b: string) => (a < b ? a : b);

/**
 * Work left undone is recent, as in a council that keeps up: what a random draw left undone more than
 * this long before the demo's today was done late (or, for a request, withdrawn), so the work queues
 * hold the last few months' backlog, not items years old. Done without further draws, so the random
 * stream, and every other row of the demo, stays as it was.
 */
const BACKLOG_DAYS = 90;
const longAgo = (ctx: Pick<StoryContext, "today">, on: string) => on < addDays(iso(ctx.today), -BACKLOG_DAYS);

function demoDateOfBirth(random: Random, today: string): string {
  // Ages 2 to 24, weighted towards school age as EHCP numbers are.
  const age = random.weighted([[random.int(2, 4), 1], [random.int(5, 15), 6], [random.int(16, 19), 2], [random.int(20, 24), 1]] as const);
  return addDays(iso(today), -(age * 365 + random.int(0, 364)));
}

function ageOnDate(dob: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dob.slice(0, 4));
  return on.slice(5) < dob.slice(5) ? years - 1 : years;
}

/** One child's whole story, from plan to request, decision, budget, payments, reviews and perhaps cessation. */
export function writeChildStory(ctx: StoryContext, index: number): void {
  const { random, rows, councilId, today } = ctx;
  const childId = random.uuid();
  const dob = demoDateOfBirth(random, today);
  const age = ageOnDate(dob, today);
  const hasEhcp = random.chance(0.82);
  const facts = {
    continuingCareEligible: age < 18 && random.chance(0.12),
    shortBreaksLevel: random.weighted([[null, 3], [1, 2], [2, 3], [3, 1], [0, 1]] as const),
    transportEntitled: age >= 5 && age < 19 && random.chance(0.3),
    youngPersonHasCapacity: age >= 16 ? random.weighted([[true, 6], [false, 1], [null, 1]] as const) : null,
  };
  rows.push("child", {
    council_id: councilId, id: childId, reference: `DC${String(100_000 + index)}`,
    given_name: random.pick(GIVEN_NAMES), family_name: random.pick(FAMILY_NAMES), date_of_birth: dob,
    continuing_care_eligible: facts.continuingCareEligible, short_breaks_level: facts.shortBreaksLevel,
    transport_entitled: facts.transportEntitled, young_person_has_capacity: facts.youngPersonHasCapacity,
  });

  const planId = random.uuid();
  const planType = hasEhcp ? "ehcp" : facts.continuingCareEligible ? "health_care_support" : random.weighted([["child_in_need", 4], ["short_breaks", 1]] as const);
  const drawnIssue = addDays(iso("2023-09-01"), random.int(0, 900));
  const earliestIssue = addDays(iso(dob), 400);
  const issuedOn = drawnIssue > earliestIssue ? drawnIssue : earliestIssue;
  const lastReview = addMonths(issuedOn, 12 * Math.max(0, Math.floor((Number(today.slice(0, 4)) - Number(issuedOn.slice(0, 4))) - 1)));
  const planStatus = random.weighted([["final", 8], ["annual_review", 2], ["draft", 1]] as const);
  rows.push("plan", {
    council_id: councilId, id: planId, child_id: childId, type: planType, status: planStatus, issued_on: issuedOn,
    last_annual_review_on: lastReview < issuedOn ? issuedOn : lastReview, next_annual_review_on: addMonths(lastReview < issuedOn ? issuedOn : lastReview, 12),
  });
  const outcomeCodes: string[] = [];
  const outcomeTexts = new Set<string>();
  for (let o = 1; o <= random.int(2, 4); o++) {
    outcomeCodes.push(`E${o}`);
    const id = random.uuid();
    // A plan states each outcome once: a repeat drawn takes the next outcome not yet used (no further draw).
    let description = random.pick(OUTCOMES);
    while (outcomeTexts.has(description)) description = OUTCOMES[(OUTCOMES.indexOf(description) + 1) % OUTCOMES.length] ?? description;
    outcomeTexts.add(description);
    rows.push("plan_outcome", { council_id: councilId, id, plan_id: planId, code: `E${o}`, description });
  }
  const plans = [{ type: planType, status: planStatus }];
  // Most personal budgets are social care (000): many children with an EHCP also have a social care plan.
  if (hasEhcp && random.chance(0.6)) {
    const socialCarePlan = random.chance(0.85) ? "child_in_need" : "short_breaks";
    plans.push({ type: socialCarePlan, status: "final" });
    rows.push("plan", { council_id: councilId, id: random.uuid(), child_id: childId, type: socialCarePlan, status: "final", issued_on: issuedOn, last_annual_review_on: null, next_annual_review_on: null });
  }
  const hasSocialCarePlan = plans.some((p) => p.type === "short_breaks" || p.type === "child_in_need");

  const firstRequestDay = issuedOn > "2024-04-15" ? issuedOn : "2024-04-15";
  if (!random.chance(0.72) || dayIndex(today) - dayIndex(firstRequestDay) < 5) return;
  const receivedOn = addDays(iso(firstRequestDay), random.int(0, dayIndex(today) - dayIndex(firstRequestDay) - 5));
  const stage = hasEhcp ? random.weighted([["annual_review", 5], ["draft_plan", 2], ["reassessment", 1], ["other", 1]] as const) : "other";
  const requestId = random.uuid();
  const policy = policyInForceOn(ctx.policies, receivedOn);
  const streams = chooseStreams(random, hasEhcp, hasSocialCarePlan, facts);
  const childFacts = { dateOfBirth: dob, plans, ...facts };
  const requestRow: Insertable<PbRequestTable> = {
    council_id: councilId, id: requestId, child_id: childId, plan_id: planId, stage, received_on: receivedOn,
    status: "open", facts: JSON.stringify(childFacts), created_by: ctx.users.case_officer,
  };
  rows.push("pb_request", requestRow);
  audit(ctx, childId, "request.create", "pb_request", requestId, receivedOn, ctx.users.case_officer);

  const decided = receivedOn < addDays(iso(today), -21) && random.chance(0.9);
  const decidedOn = decided ? min(addDays(iso(receivedOn), random.int(10, 56)), addDays(iso(today), -1)) : null;
  const decisionPolicy = decidedOn ? policyInForceOn(ctx.policies, decidedOn) : policy;
  const approved: ApprovedLine[] = [];
  let lineNo = 0;
  for (const stream of streams) {
    lineNo++;
    const line = makeRequestLine(random, stream, age, facts, outcomeCodes);
    const input: CheckInput = { asOf: receivedOn, child: childFacts, request: { ...line, stage } } as CheckInput;
    const check = checkRequest(policy.policy, input);
    const lineId = random.uuid();
    rows.push("request_line", {
      council_id: councilId, id: lineId, request_id: requestId, line_no: lineNo, stream, service: line.service,
      arrangement: line.arrangement, recipient: line.recipient, on_school_premises: line.onSchoolPremises,
      school_agreed: line.schoolAgreed, need_identified_by_professional: line.needIdentifiedByProfessional,
      annual_cost_pence: line.annualCostPence, commissioned_cost_pence: line.commissionedCostPence,
      linked_outcomes: JSON.stringify(line.linkedOutcomes), check_outcome: check.outcome,
      check_reasons: JSON.stringify(check.reasons), policy_version_id: policy.id, checked_on: receivedOn,
    });
    if (!decidedOn) continue;
    const decision = decideLine(ctx, check, line, lineId, decidedOn, decisionPolicy, childId);
    if (decision) approved.push({ ...decision, stream, service: line.service, onSchoolPremises: line.onSchoolPremises, linkedOutcomes: line.linkedOutcomes, recipient: line.recipient });
  }
  if (!decidedOn) {
    if (longAgo(ctx, receivedOn)) {
      const withdrawnOn = addDays(iso(receivedOn), 42);
      requestRow.status = "withdrawn";
      audit(ctx, childId, "request.withdraw", "pb_request", requestId, withdrawnOn, ctx.users.case_officer);
    }
    return;
  }
  requestRow.status = "decided";
  if (approved.length) writeBudget(ctx, { childId, requestId, planLastReview: lastReview < issuedOn ? issuedOn : lastReview, decidedOn, approved });
}

function dayIndex(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

type Facts = { continuingCareEligible: boolean; shortBreaksLevel: number | null; transportEntitled: boolean; youngPersonHasCapacity: boolean | null };

function chooseStreams(random: Random, hasEhcp: boolean, hasSocialCarePlan: boolean, facts: Facts): Stream[] {
  const streams: Stream[] = [];
  if (hasEhcp && random.chance(0.6)) streams.push("education");
  if (hasSocialCarePlan ? random.chance(0.85) : random.chance(0.05)) streams.push("social_care");
  if (facts.continuingCareEligible || random.chance(0.04)) streams.push("health");
  if (facts.transportEntitled ? random.chance(0.6) : random.chance(0.05)) streams.push("transport");
  if (streams.length === 0) streams.push("social_care");
  return streams;
}

type RequestLine = {
  stream: Stream; service: string; arrangement: Arrangement; recipient: "parent" | "young_person" | "nominee" | null;
  onSchoolPremises: boolean; schoolAgreed: boolean | null; needIdentifiedByProfessional: boolean | null;
  annualCostPence: number; commissionedCostPence: number | null; linkedOutcomes: string[];
};

function makeRequestLine(random: Random, stream: Stream, age: number, facts: Facts, outcomes: string[]): RequestLine {
  const arrangement = random.weighted([["direct_payment", 5], ["organised", 3], ["third_party", 2]] as const);
  const [low, high] = AMOUNT_RANGE[stream];
  const annualCostPence = random.int(low, high) * 100 + random.int(0, 99);
  const onSchoolPremises = stream === "education" && random.chance(0.4);
  const overSchoolAge = age >= 17 && facts.youngPersonHasCapacity === true;
  return {
    stream,
    service: random.pick(SERVICES[stream]),
    arrangement,
    recipient: arrangement === "direct_payment" ? (overSchoolAge && random.chance(0.5) ? "young_person" : random.weighted([["parent", 8], ["nominee", 1]] as const)) : null,
    onSchoolPremises,
    schoolAgreed: onSchoolPremises || stream === "education" ? random.weighted([[true, 6], [null, 2], [false, 1]] as const) : null,
    needIdentifiedByProfessional: random.weighted([[true, 7], [null, 2], [false, 1]] as const),
    annualCostPence,
    commissionedCostPence: random.weighted([[null, 2], [annualCostPence + random.int(0, 200_000), 6], [Math.max(0, annualCostPence - random.int(1, 100_000)), 1]] as const),
    linkedOutcomes: random.chance(0.95) ? outcomes.slice(0, random.int(1, outcomes.length)) : [],
  };
}

type ApprovedLine = { decisionId: string; amountPence: number; arrangement: Arrangement; stream: Stream; service: string; onSchoolPremises: boolean; linkedOutcomes: string[]; recipient: RequestLine["recipient"] };

function decideLine(ctx: StoryContext, check: CheckResult, line: RequestLine, lineId: string, decidedOn: string, policy: SeededPolicy, childId: string) {
  const { random, rows, councilId, today } = ctx;
  const outcome = check.outcome === "ineligible" ? "refused" : random.weighted([["approved", 8], ["approved_changed", 1], ["refused", 1]] as const);
  const changed = outcome === "approved_changed";
  const amountPence = outcome === "refused" ? null : changed ? Math.round((line.annualCostPence * random.int(70, 95)) / 100) : line.annualCostPence;
  const arrangement: Arrangement | null = outcome === "refused" ? null : changed && random.chance(0.4) ? "organised" : line.arrangement;
  const reasons =
    outcome === "refused"
      ? check.outcome === "ineligible"
        ? check.reasons.map((r) => ({ code: r.code, text: r.message }))
        : [{ text: random.pick(REFUSAL_TEXT) }]
      : changed
        ? [{ text: "Approved at the cost of the council commissioning the same support (R11)." }]
        : [];
  const told = random.chance(0.9);
  const late = longAgo(ctx, decidedOn);
  const familyToldOn = told ? min(addDays(iso(decidedOn), random.int(1, 6)), today) : late ? addDays(iso(decidedOn), 14) : null;
  const letterSentOn = told ? (random.chance(0.92) ? familyToldOn : late && familyToldOn ? addDays(iso(familyToldOn), 14) : null) : familyToldOn;
  const decisionId = random.uuid();
  const panel = policy.policy.streams[line.stream]?.panel?.name ?? (line.stream === "health" ? "Continuing care panel" : "Multi-agency resource panel");
  rows.push("decision", {
    council_id: councilId, id: decisionId, request_line_id: lineId, outcome, amount_pence: amountPence, arrangement,
    reasons: JSON.stringify(reasons), panel, decided_on: decidedOn, decided_by: ctx.users.panel_member,
    family_told_on: familyToldOn, letter_sent_on: letterSentOn, policy_version_id: policy.id,
    // R8: the panel approved a direct payment only once satisfied about the recipient and the value for money.
    judgements: JSON.stringify(arrangement === "direct_payment" ? answerR8Yes(policy.policy, line.stream) : []),
  });
  audit(ctx, childId, "decision.record", "decision", decisionId, decidedOn, ctx.users.panel_member);
  if (outcome !== "refused") writeDemoConditions(rows, ctx.conditions, { councilId, today, childId, requestLineId: lineId, decisionId, decidedOn, check });
  if (outcome === "refused" && told && familyToldOn && random.chance(0.45)) writeDisagreement(ctx, decisionId, familyToldOn, policy, childId);
  return amountPence !== null && arrangement ? { decisionId, amountPence, arrangement } : null;
}

function writeDisagreement(ctx: StoryContext, decisionId: string, familyToldOn: string, policy: SeededPolicy, childId: string): void {
  const { random, rows, councilId, today } = ctx;
  const limits = policy.policy.timeLimits;
  const requestDeadline = computeDeadline(limits, "review_request", familyToldOn).due;
  const requestedOn = min(addDays(iso(familyToldOn), random.int(2, 16)), today);
  const receivedOn = min(addDays(iso(requestedOn), random.int(0, 2)), today);
  const decisionDeadline = computeDeadline(limits, "review_decision", receivedOn).due;
  const settled = decisionDeadline < today && random.chance(0.85);
  const drawn = settled ? random.weighted([["upheld", 5], ["changed", 2], ["withdrawn", 1]] as const) : null;
  const id = random.uuid();
  const meetingOn = settled ? min(addDays(iso(receivedOn), random.int(5, 20)), today) : null;
  const outcomeOn = settled ? min(addDays(iso(receivedOn), random.int(14, 27)), today) : null;
  // One left open long past its deadline was settled late, the decision standing.
  const settledLate = !settled && longAgo(ctx, decisionDeadline);
  const outcome = drawn ?? (settledLate ? "upheld" : null);
  rows.push("disagreement", {
    council_id: councilId, id, decision_id: decisionId, family_told_on: familyToldOn, request_deadline_on: requestDeadline,
    requested_on: requestedOn, received_on: receivedOn, decision_deadline_on: decisionDeadline,
    grounds: "The family believes the support is needed to meet the outcomes in the plan and asks the council to look again.",
    meeting_on: meetingOn ?? (settledLate ? addDays(iso(decisionDeadline), 7) : null),
    outcome, outcome_on: outcomeOn ?? (settledLate ? addDays(iso(decisionDeadline), 14) : null),
    outcome_notes: outcome === "upheld" ? "The panel's decision stands; the reasons were explained at the meeting." : outcome === "changed" ? "The council agreed a smaller budget for the support." : "",
  });
  audit(ctx, childId, "disagreement.open", "disagreement", id, receivedOn, ctx.users.case_officer);
}

function writeBudget(ctx: StoryContext, story: { childId: string; requestId: string; planLastReview: string; decidedOn: string; approved: ApprovedLine[] }): void {
  const { random, rows, councilId, today } = ctx;
  const startsOn = addDays(iso(story.decidedOn), random.int(7, 30));
  if (startsOn > today && random.chance(0.5)) return;
  const endsOn = addDays(addMonths(startsOn, 12), -1);
  const policy = policyInForceOn(ctx.policies, startsOn);
  const budgetId = random.uuid();
  const hasDirectPayment = story.approved.some((a) => a.arrangement === "direct_payment");
  const ceases = startsOn < addDays(iso(today), -120) && random.chance(0.1);
  const budgetRow: Insertable<BudgetTable> = { council_id: councilId, id: budgetId, child_id: story.childId, request_id: story.requestId, status: ceases ? "ceased" : "active", starts_on: startsOn, ends_on: endsOn };
  rows.push("budget", budgetRow);
  audit(ctx, story.childId, "budget.create", "budget", budgetId, startsOn, ctx.users.case_officer);

  // A few direct payments wait for their signed agreement, so payment runs have exceptions to show.
  const agreed = !hasDirectPayment || random.chance(0.93);
  let agreementRow: Insertable<AgreementTable> | null = null;
  if (hasDirectPayment && agreed) {
    const recipient = story.approved.find((a) => a.recipient)?.recipient ?? "parent";
    agreementRow = {
      council_id: councilId, id: random.uuid(), budget_id: budgetId, recipient, recipient_name: recipient === "young_person" ? "The young person" : "Parent or carer",
      signed_by: recipient === "young_person" ? "The young person" : "Parent or carer", signed_on: addDays(iso(startsOn), -random.int(1, 6)),
      school_agreement_on: story.approved.some((a) => a.onSchoolPremises && a.arrangement === "direct_payment") ? addDays(iso(startsOn), -7) : null,
      ...writeDemoAgreementTerms(policy.policy), requested_recipient: story.approved.find((a) => a.recipient)?.recipient ?? null,
    };
    rows.push("agreement", agreementRow);
  }

  const cessation = ceases ? CESSATIONS[random.int(0, CESSATIONS.length - 1)] : undefined;
  const lastPaymentOn = cessation ? min(addDays(iso(startsOn), random.int(90, 300)), addDays(iso(today), -30)) : null;
  let firstDirectPayment: string | null = null;
  const lines: SeededLine[] = [];
  for (const a of story.approved) {
    const frequency = a.service === "specialist_equipment" || a.service === "disability_equipment" ? "one_off" : random.weighted([["monthly", 6], ["four_weekly", 3], ["quarterly", 2]] as const);
    const lineEnd = frequency === "one_off" ? startsOn : endsOn;
    const lineId = random.uuid();
    rows.push("budget_line", {
      council_id: councilId, id: lineId, budget_id: budgetId, stream: a.stream, service: a.service, arrangement: a.arrangement,
      annual_amount_pence: a.amountPence, frequency, starts_on: startsOn, ends_on: lineEnd, decision_id: a.decisionId,
      linked_outcomes: JSON.stringify(a.linkedOutcomes), on_school_premises: a.onSchoolPremises,
    });
    const schedule = generateSchedule({ annualAmountPence: a.amountPence, frequency, start: startsOn, end: lineEnd });
    const seeded: SeededLine = {
      id: lineId, stream: a.stream, service: a.service, arrangement: a.arrangement, amountPence: a.amountPence, frequency, startsOn, endsOn: lineEnd,
      decisionId: a.decisionId, linkedOutcomes: a.linkedOutcomes, onSchoolPremises: a.onSchoolPremises, payments: [],
    };
    lines.push(seeded);
    for (const instalment of schedule.instalments) {
      const cancelled = lastPaymentOn !== null && instalment.date > lastPaymentOn;
      const blocked = a.arrangement === "direct_payment" && !agreed;
      const due = instalment.date <= today && !cancelled && !blocked;
      const failed = due && random.chance(0.01);
      if (a.arrangement === "direct_payment" && due && (!firstDirectPayment || instalment.date < firstDirectPayment)) firstDirectPayment = instalment.date;
      const payment = {
        council_id: councilId, id: random.uuid(), budget_line_id: lineId, stream: a.stream, arrangement: a.arrangement,
        due_on: instalment.date, paid_on: due && !failed ? instalment.date : null, amount_pence: instalment.amountPence,
        status: cancelled ? "cancelled" : !due ? "scheduled" : failed ? "failed" : "paid",
      } as const;
      const row = { ...payment };
      seeded.payments.push(row);
      rows.push("payment", row);
    }
  }
  const reviews = writeReviews(ctx, { ...story, budgetId, policy, firstDirectPayment, endsOn: lastPaymentOn ?? endsOn });
  // A review that changed the budget makes a new version (R15); one that cannot change continues. A review drawn
  // before the budget starts is moved to its real date below, so it changes nothing.
  for (const review of reviews.filter((r) => r.outcome === "change" && String(r.due_on) >= startsOn)) {
    const changed = !cessation && agreed && writeReviewChange({ councilId, today, random, rows, caseOfficer: ctx.users.case_officer }, { budget: budgetRow, lines, review, reviews, agreement: agreementRow, childId: story.childId });
    if (!changed) review.outcome = "continue";
    break;
  }
  for (const review of reviews.filter((r) => r.outcome === "change" && !r.new_budget_id)) review.outcome = "continue";
  moveReviewsBeforeStart(ctx, reviews, { planLastReview: story.planLastReview, startsOn, endsOn: lastPaymentOn ?? endsOn, policy });
  if (cessation && lastPaymentOn) {
    const meeting = addDays(iso(lastPaymentOn), -random.int(20, 40));
    const noticeDue = computeDeadline(policy.policy.timeLimits, "cessation_notice", meeting).due;
    // Most notices went on time, some late, and a few are still to send: the notices-due queue.
    const noticeSent = random.chance(0.15) ? null : addDays(iso(meeting), random.chance(0.8) ? random.int(3, 25) : random.int(30, 40));
    rows.push("review", {
      council_id: councilId, id: random.uuid(), child_id: story.childId, budget_id: budgetId, kind: "annual_review", due_on: meeting,
      held_on: meeting, outcome: "cease", notes: "The budget ends: see the cessation and its reasons.",
    });
    rows.push("cessation", {
      council_id: councilId, id: random.uuid(), budget_id: budgetId, reason_code: cessation[0], reasons_text: cessation[1],
      decided_on: meeting, annual_review_meeting_on: meeting, notice_due_on: noticeDue, notice_sent_on: noticeSent,
      last_payment_on: lastPaymentOn, created_by: ctx.users.case_officer,
    });
    budgetRow.ceased_on = lastPaymentOn;
    audit(ctx, story.childId, "cessation.record", "cessation", budgetId, meeting, ctx.users.case_officer);
  }
}

function writeReviews(ctx: StoryContext, b: { childId: string; budgetId: string; planLastReview: string; policy: SeededPolicy; firstDirectPayment: string | null; endsOn: string }): Insertable<ReviewTable>[] {
  const { random, rows, councilId, today } = ctx;
  const limits = b.policy.policy.timeLimits;
  const written: Insertable<ReviewTable>[] = [];
  const push = (kind: "first_dp_review" | "annual_review", due: string) => {
    const held = due < addDays(iso(today), -7) && random.chance(0.85);
    const heldLate = !held && longAgo(ctx, due);
    const review: Insertable<ReviewTable> = {
      council_id: councilId, id: random.uuid(), child_id: b.childId, budget_id: b.budgetId, kind, due_on: due,
      held_on: held ? addDays(iso(due), -random.int(0, 10)) : heldLate ? addDays(iso(due), 21) : null,
      outcome: held ? random.weighted([["continue", 8], ["change", 2]] as const) : heldLate ? "continue" : null,
      notes: held ? "Support is working towards the plan's outcomes." : heldLate ? "Held late. Support is working towards the plan's outcomes." : "",
    };
    written.push(review);
    rows.push("review", review);
  };
  if (b.firstDirectPayment && limits.firstDirectPaymentReview) push("first_dp_review", computeDeadline(limits, "first_dp_review", b.firstDirectPayment).due);
  if (limits.annualReview) {
    let due = computeDeadline(limits, "annual_review", b.planLastReview).due;
    while (due < addDays(iso(today), -300)) due = computeDeadline(limits, "annual_review", due).due;
    if (due <= addMonths(iso(b.endsOn), 1)) push("annual_review", due);
  }
  return written;
}

/**
 * The annual review is drawn for the plan's review date of the last year, which can fall before the
 * budget began. Such a review is moved to the plan's first review on or after the start, as the
 * product schedules it, and is held only if that date has passed; or dropped, as the product would
 * never have scheduled it, when that is more than a month after the budget's last day. Done after the
 * draws, so every other row of the demo is unchanged; a review that made a new budget version stays.
 */
function moveReviewsBeforeStart(ctx: StoryContext, reviews: Insertable<ReviewTable>[], b: { planLastReview: string; startsOn: string; endsOn: string; policy: SeededPolicy }): void {
  for (const review of reviews) {
    const drawnDue = String(review.due_on);
    if (review.kind !== "annual_review" || drawnDue >= b.startsOn || review.new_budget_id) continue;
    const due = findAnnualReviewDue(b.policy.policy.timeLimits, b.planLastReview, b.startsOn).due;
    if (due > addMonths(iso(b.endsOn), 1)) {
      ctx.rows.remove("review", review);
      continue;
    }
    const heldEarlyBy = review.held_on ? daysBetween(iso(String(review.held_on)), iso(drawnDue)) : null;
    review.due_on = due;
    if (heldEarlyBy !== null && due < addDays(iso(ctx.today), -7)) {
      review.held_on = addDays(iso(due), -heldEarlyBy);
    } else if (longAgo(ctx, due)) {
      Object.assign(review, { held_on: addDays(iso(due), 21), outcome: "continue", notes: "Held late. Support is working towards the plan's outcomes." });
    } else {
      Object.assign(review, { held_on: null, outcome: null, notes: "" });
    }
  }
}

function audit(ctx: StoryContext, childId: string, action: string, entity: string, entityId: string, on: string, actor: string): void {
  ctx.rows.push("audit_log", {
    council_id: ctx.councilId, actor_user_id: actor, child_id: childId, action, entity, entity_id: entityId,
    before: null, after: JSON.stringify({ seeded: true }), at: new Date(`${on}T10:00:00Z`),
  });
}

/** The answers writeDecision needs before a direct payment is approved: each question R8 asks, answered yes. */
function answerR8Yes(policy: Policy, stream: string): { topic: string; answer: "yes"; note: null }[] {
  return listJudgementQuestions(policy, { stream, arrangement: "direct_payment" })
    .filter((q) => q.requiredToApprove)
    .map((q) => ({ topic: q.topic, answer: "yes", note: null }));
}
