import { checkRequest, type CheckInput, type CheckResult, type RequestStage } from "@pb/eligibility";
import { computeDeadline, TimeLimitNotSetError } from "@pb/reviews";
import { dateOf, dayOf, stampOf } from "./scale-dates";
import { versionInForce, type ApprovedLine, type ChildFacts, type LineAsk, type ScaleChild, type ScaleStoryContext, type ScaleVersion } from "./scale-context";

export type RequestResult = { requestId: string; decidedOn: string | null; approved: ApprovedLine[] };

const PANEL_REFUSALS = [
  JSON.stringify([{ text: "The need is already met by provision the school is funded to give (R12)." }]),
  JSON.stringify([{ text: "The support could be commissioned more cost effectively by the council (R11)." }]),
  JSON.stringify([{ text: "The evidence does not link this support to an outcome in the plan (R12)." }]),
];
const CHANGED = JSON.stringify([{ text: "Approved at the cost of the council commissioning the same support (R11)." }]);
const GROUNDS = "The family believes the support is needed to meet the outcomes in the plan and asks the council to look again.";
const outcomeTexts = new Map<string, string>();

function jsonOfOutcomes(codes: string[]): string {
  const key = codes.join(",");
  let text = outcomeTexts.get(key);
  if (text === undefined) outcomeTexts.set(key, (text = JSON.stringify(codes)));
  return text;
}

/** A request with its lines, each checked against the policy in force that day, then decided by the panel. */
export function writeRequest(ctx: ScaleStoryContext, child: ScaleChild, ask: { receivedOn: string; stage: RequestStage; facts: ChildFacts; lines: LineAsk[]; panelRefuses?: boolean }): RequestResult {
  const { random, batch, councilId } = ctx;
  const version = versionInForce(ctx.versions, ask.receivedOn);
  const requestId = ctx.id("pb_request");
  const decidedDay = dayOf(ask.receivedOn) + random.int(10, 30) + random.int(0, 26);
  const decidedOn = decidedDay < ctx.todayDay ? dateOf(decidedDay) : null;
  const decisionVersion = decidedOn ? versionInForce(ctx.versions, decidedOn) : version;
  batch.add("pb_request", [councilId, requestId, child.id, child.ehcpPlanId, ask.stage, ask.receivedOn, decidedOn ? "decided" : "open", JSON.stringify(ask.facts), ctx.users.caseOfficer, stampOf(ask.receivedOn)]);
  const approved: ApprovedLine[] = [];
  ask.lines.forEach((line, i) => {
    const input = { asOf: ask.receivedOn, child: ask.facts, request: { ...line, stage: ask.stage } } as CheckInput;
    const check = checkRequest(version.policy, input);
    const lineId = ctx.id("request_line");
    batch.add("request_line", [
      councilId, lineId, requestId, i + 1, line.stream, line.service, line.arrangement, line.recipient, line.onSchoolPremises,
      line.schoolAgreed, line.needIdentifiedByProfessional, line.annualCostPence, line.commissionedCostPence,
      jsonOfOutcomes(line.linkedOutcomes), check.outcome, check.reasons.length ? JSON.stringify(check.reasons) : "[]", version.id, ask.receivedOn,
    ]);
    if (!decidedOn) return;
    const decided = writeDecision(ctx, decisionVersion, check, line, lineId, decidedOn, ask.panelRefuses ?? false);
    if (decided) approved.push(decided);
  });
  return { requestId, decidedOn, approved };
}

function writeDecision(ctx: ScaleStoryContext, version: ScaleVersion, check: CheckResult, line: LineAsk, lineId: string, decidedOn: string, panelRefuses: boolean): ApprovedLine | null {
  const { random, batch, councilId } = ctx;
  const outcome = check.outcome === "ineligible" || panelRefuses ? "refused" : random.weighted([["approved", 88], ["approved_changed", 6], ["refused", 6]] as const);
  const changed = outcome === "approved_changed";
  const amountPence = outcome === "refused" ? null : changed ? Math.round((line.annualCostPence * random.int(70, 95)) / 100) : line.annualCostPence;
  const organised = version.catalogue.arrangements[line.stream].includes("organised");
  const arrangement = outcome === "refused" ? null : changed && organised && random.chance(0.4) ? "organised" : line.arrangement;
  const reasons =
    outcome === "refused"
      ? check.outcome === "ineligible"
        ? JSON.stringify(check.reasons.map((r) => ({ code: r.code, text: r.message })))
        : random.pick(PANEL_REFUSALS)
      : changed
        ? CHANGED
        : "[]";
  const decidedDay = dayOf(decidedOn);
  const familyToldOn = random.chance(0.93) ? dateOf(Math.min(decidedDay + random.int(1, 6), ctx.todayDay)) : null;
  const letterSentOn = familyToldOn && random.chance(0.95) ? familyToldOn : null;
  const decisionId = ctx.id("decision");
  batch.add("decision", [
    councilId, decisionId, lineId, outcome, amountPence, arrangement, reasons, version.catalogue.panels[line.stream], decidedOn,
    ctx.users.panelMember, familyToldOn, letterSentOn, version.id, stampOf(decidedOn),
  ]);
  if (outcome === "refused" && familyToldOn && random.chance(0.35)) writeDisagreement(ctx, version, decisionId, familyToldOn);
  if (amountPence === null || arrangement === null) return null;
  const equipment = line.service === "specialist_equipment" || line.service === "disability_equipment";
  const frequency = equipment ? "one_off" : random.weighted([["monthly", 5], ["four_weekly", 5], ["quarterly", 1]] as const);
  return { ...line, arrangement, recipient: arrangement === "direct_payment" ? line.recipient : null, decisionId, amountPence, frequency };
}

// The versions and kinds a policy is silent on, learnt from the first try: an error (and its stack)
// made for every row of a large seed cost more than the rest of the deadline arithmetic.
const silentOn = new Set<string>();

/** The due date a policy sets, or the Surrey figure when a preset is silent on it. */
export function deadlineOr(version: ScaleVersion, kind: "review_request" | "review_decision" | "cessation_notice" | "first_dp_review", from: string, fallbackDays: number): string {
  const key = `${version.id}|${kind}`;
  if (silentOn.has(key)) return dateOf(dayOf(from) + fallbackDays);
  try {
    return computeDeadline(version.policy.timeLimits, kind, from).due;
  } catch (error) {
    if (!(error instanceof TimeLimitNotSetError)) throw error;
    silentOn.add(key);
    return dateOf(dayOf(from) + fallbackDays);
  }
}

function writeDisagreement(ctx: ScaleStoryContext, version: ScaleVersion, decisionId: string, familyToldOn: string): void {
  const { random, todayDay } = ctx;
  const toldDay = dayOf(familyToldOn);
  const requestedDay = Math.min(toldDay + random.int(2, 14), todayDay);
  const receivedOn = dateOf(Math.min(requestedDay + random.int(0, 2), todayDay));
  const decisionDeadline = deadlineOr(version, "review_decision", receivedOn, 28);
  const settled = decisionDeadline < ctx.today && random.chance(0.9);
  const outcome = settled ? random.weighted([["upheld", 5], ["changed", 2], ["withdrawn", 1]] as const) : null;
  const receivedDay = dayOf(receivedOn);
  ctx.batch.add("disagreement", [
    ctx.councilId, ctx.id("disagreement"), decisionId, familyToldOn, deadlineOr(version, "review_request", familyToldOn, 15),
    dateOf(requestedDay), receivedOn, decisionDeadline, GROUNDS,
    settled ? dateOf(Math.min(receivedDay + random.int(5, 20), todayDay)) : null, outcome,
    settled ? dateOf(Math.min(receivedDay + random.int(14, 27), todayDay)) : null,
    outcome === "upheld" ? "The panel's decision stands; the reasons were explained at the meeting." : outcome === "changed" ? "The council agreed a smaller budget for the support." : "",
    stampOf(receivedOn),
  ]);
}
