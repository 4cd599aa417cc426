import { formatDateEnGb } from "@pb/calendar";
import type { CheckContext } from "./check-context";
import type { ReasonCode, Stream } from "./codes";
import { type Finding, addFinding } from "./findings";
import { toCalendarDate } from "./iso-date";
import { ARRANGEMENT_WORDS, PLAN_WORDS, STAGE_WORDS, STATUS_WORDS, STREAM_WORDS, capitalise, joinAlternatives } from "./wording";

/** The reason given when a stream's plan is missing: the code names what the plan stands for. */
const MISSING_PLAN_CODE: Record<Stream, ReasonCode> = {
  education: "EDUCATION_REQUIRES_EHCP",
  social_care: "NO_SOCIAL_CARE_ASSESSMENT",
  health: "NOT_CONTINUING_CARE_ELIGIBLE",
  transport: "EDUCATION_REQUIRES_EHCP",
};

export function checkAge(ctx: CheckContext, findings: Finding[]): void {
  const range = ctx.stream.ageRange;
  if (!range || (ctx.age >= range.min && ctx.age <= range.max)) return;
  const on = formatDateEnGb(toCalendarDate(ctx.input.asOf));
  addFinding(findings, {
    code: "AGE_OUT_OF_RANGE",
    status: "fails",
    message: `A personal budget for ${STREAM_WORDS[ctx.input.request.stream]} is for ages ${range.min} to ${range.max}, and on ${on} the child or young person is ${ctx.age}.`,
    source: range.source,
  });
}

export function checkPlans(ctx: CheckContext, findings: Finding[]): void {
  const rule = ctx.stream.qualifyingPlans;
  if (!rule) return;
  const ofRightType = ctx.input.child.plans.filter((plan) => rule.types.includes(plan.type));
  if (ofRightType.some((plan) => rule.statuses.includes(plan.status))) return;
  const stream = ctx.input.request.stream;
  const plans = joinAlternatives(rule.types.map((type) => PLAN_WORDS[type]));
  const statuses = joinAlternatives(rule.statuses.map((status) => STATUS_WORDS[status]));
  const notCounted = [...new Set(ofRightType.map((plan) => STATUS_WORDS[plan.status]))];
  const aside = notCounted.length > 0 ? ` A plan that is ${joinAlternatives(notCounted)} does not count.` : "";
  addFinding(findings, {
    code: MISSING_PLAN_CODE[stream],
    status: "fails",
    message: `A personal budget for ${STREAM_WORDS[stream]} needs ${plans} that is ${statuses}.${aside}`,
    source: rule.source,
  });
}

export function checkShortBreaksLevel(ctx: CheckContext, findings: Finding[]): void {
  const framework = ctx.stream.shortBreaksLevels;
  if (!framework) return;
  const level = ctx.input.child.shortBreaksLevel;
  const fail = (message: string) =>
    addFinding(findings, { code: "SHORT_BREAKS_LEVEL_TOO_LOW", status: "fails", message, source: framework.source });
  if (level === null) {
    fail(
      `A personal budget for social care needs an assessment that places the child at a level of the ${framework.framework}, and no level has been given yet.`,
    );
    return;
  }
  const rule = framework.levels[level];
  const at = `At level ${level} of the ${framework.framework} (${rule.name})`;
  if (!rule.personalBudget) fail(`${at} a personal budget is not available.`);
  else if (ctx.isDirectPayment && !rule.directPayment) fail(`${at} a direct payment is not available.`);
  else if (rule.services && ctx.serviceIncluded && !rule.services.includes(ctx.input.request.service)) {
    const names = rule.services.map((code) => ctx.stream.services[code]?.name ?? code);
    fail(`${at} a personal budget can pay only for ${joinAlternatives(names)}.`);
  }
}

export function checkRequestWindow(ctx: CheckContext, findings: Finding[]): void {
  const window = ctx.stream.requestStages;
  if (!window || window.allowed.includes(ctx.input.request.stage)) return;
  const when = joinAlternatives(window.allowed.map((stage) => STAGE_WORDS[stage]));
  addFinding(findings, {
    code: "OUTSIDE_REQUEST_WINDOW",
    status: "fails",
    message: `A formal request for a personal budget for ${STREAM_WORDS[ctx.input.request.stream]} can be made only ${when}. You can talk about it with your case officer at any time.`,
    source: window.source,
  });
}

export function checkArrangement(ctx: CheckContext, findings: Finding[]): void {
  const { arrangement, stream } = ctx.input.request;
  const offer = ctx.stream.arrangements[arrangement];
  if (offer?.offered) return;
  addFinding(findings, {
    code: "ARRANGEMENT_NOT_OFFERED",
    status: "fails",
    message: `${capitalise(ARRANGEMENT_WORDS[arrangement])} is not one of the ways ${ctx.policy.name} offers to manage a personal budget for ${STREAM_WORDS[stream]}.`,
    source: offer?.source ?? ctx.stream.source,
  });
}
